"""Capstone MLP trainer with einsum products (einsum style)."""

import numpy as np


def _init(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _forward(X, params, L):
    acts = [X]
    A = X
    for l in range(1, L + 1):
        Z = np.einsum("ni,io->no", A, params[f"W{l}"]) + params[f"b{l}"]
        A = Z if l == L else np.maximum(Z, 0.0)
        acts.append(A)
    return acts


def _log_softmax(Z):
    S = Z - Z.max(axis=1, keepdims=True)
    return S - np.log(np.exp(S).sum(axis=1, keepdims=True))


def _loss(X, Y, params, L):
    logits = _forward(X, params, L)[-1]
    return float(-np.einsum("nk,nk->", Y, _log_softmax(logits)) / X.shape[0])


def _grads(X, Y, params, L):
    acts = _forward(X, params, L)
    delta = (np.exp(_log_softmax(acts[-1])) - Y) / X.shape[0]
    grads = {}
    for l in range(L, 0, -1):
        grads[f"W{l}"] = np.einsum("ni,no->io", acts[l - 1], delta)
        grads[f"b{l}"] = np.einsum("no->o", delta)
        if l > 1:
            delta = np.einsum("no,io->ni", delta, params[f"W{l}"]) * (acts[l - 1] > 0)
    return grads


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train = np.asarray(X_train, dtype=np.float64), np.asarray(Y_train, dtype=np.float64)
    X_val, Y_val = np.asarray(X_val, dtype=np.float64), np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = _init(widths, rng)
    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, waited, stop_epoch = np.inf, 0, None, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            g = _grads(X_train[idx], Y_train[idx], params, L)
            params = {k: params[k] - eta * g[k] for k in params}
        train_loss.append(_loss(X_train, Y_train, params, L))
        val_loss.append(_loss(X_val, Y_val, params, L))
        stop_epoch = epoch
        if val_loss[-1] < best:
            best, best_epoch, best_params, waited = val_loss[-1], epoch, {k: v.copy() for k, v in params.items()}, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
