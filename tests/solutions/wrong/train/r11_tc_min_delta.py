"""train.train_classifier: an epoch improves only when the validation loss is below best - 1e-4 (a min_delta the docstring does not have)"""
import numpy as np


def _w_softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def _w_loss(params, X, Y, L):
    A = X
    for l in range(1, L):
        A = np.maximum(A @ params[f"W{l}"] + params[f"b{l}"], 0)
    Z = A @ params[f"W{L}"] + params[f"b{L}"]
    Z = Z - Z.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(Z).sum(axis=1)) - (Z * Y).sum(axis=1)))


def _w_grads(params, X, Y, L, divisor):
    As = [X]
    for l in range(1, L):
        As.append(np.maximum(As[-1] @ params[f"W{l}"] + params[f"b{l}"], 0))
    P = _w_softmax(As[-1] @ params[f"W{L}"] + params[f"b{L}"])
    D = (P - Y) / divisor
    g = {}
    for l in range(L, 0, -1):
        g[f"W{l}"] = As[l - 1].T @ D
        g[f"b{l}"] = D.sum(axis=0)
        if l > 1:
            D = (D @ params[f"W{l}"].T) * (As[l - 1] > 0)
    return g


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, {k: v.copy() for k, v in params.items()}, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for s in range(0, N, batch_size):
            idx = perm[s:s + batch_size]
            g = _w_grads(params, X_train[idx], Y_train[idx], L, len(idx))
            params = {k: params[k] - eta * g[k] for k in params}
        train_loss.append(_w_loss(params, X_train, Y_train, L))
        val_loss.append(_w_loss(params, X_val, Y_val, L))
        if val_loss[-1] < best - 1e-4:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, {k: v.copy() for k, v in params.items()}, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
