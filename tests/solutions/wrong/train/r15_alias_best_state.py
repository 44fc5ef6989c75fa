"""train.train_classifier: "checkpoints" the best epoch by reference while the SGD step updates the arrays in place (no copy of the state dict), so the last epoch's weights come back"""
import numpy as np


def _r15alias_forward(params, X, L):
    acts = [X]
    for l in range(1, L + 1):
        Z = acts[-1] @ params[f"W{l}"] + params[f"b{l}"]
        acts.append(Z if l == L else np.maximum(Z, 0.0))
    return acts


def _r15alias_loss(params, X, Y, L):
    logits = _r15alias_forward(params, X, L)[-1]
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-(Y * logp).sum() / len(X))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait, epoch = np.inf, 0, params, 0, 0
    N = len(X_train)
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            acts = _r15alias_forward(params, X_train[idx], L)
            s = acts[-1] - acts[-1].max(axis=1, keepdims=True)
            p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
            delta = (p - Y_train[idx]) / len(idx)
            for l in range(L, 0, -1):
                dW, db = acts[l - 1].T @ delta, delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
                params[f"W{l}"] -= eta * dW
                params[f"b{l}"] -= eta * db
        train_loss.append(_r15alias_loss(params, X_train, Y_train, L))
        val_loss.append(_r15alias_loss(params, X_val, Y_val, L))
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
