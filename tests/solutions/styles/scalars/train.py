"""Capstone MLP trainer keeping losses and the best loss as np.float64 scalars (scalars style)."""

import numpy as np


def _relu(Z):
    return np.maximum(Z, np.float64(0))


def _forward(params, X, L):
    A = [X]
    for l in range(1, L + 1):
        Z = A[-1] @ params["W" + str(l)] + params["b" + str(l)]
        A.append(Z if l == L else _relu(Z))
    return A


def _ce(logits, Y):
    m = logits.max(axis=1, keepdims=True)
    log_p = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    return np.float64(-(Y * log_p).sum() / np.float64(logits.shape[0]))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    eta = np.float64(eta)
    rng = np.random.default_rng(seed)
    widths = [int(X_train.shape[1])] + [int(h) for h in hidden] + [int(Y_train.shape[1])]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params["W" + str(l)] = np.sqrt(np.float64(2) / np.float64(widths[l - 1])) * rng.standard_normal(
            (widths[l - 1], widths[l]))
        params["b" + str(l)] = np.zeros(widths[l], dtype=np.float64)
    N = X_train.shape[0]
    out = {"params": None, "train_loss": [], "val_loss": [], "best_epoch": 0, "stop_epoch": 0}
    best = np.float64(np.inf)
    wait = 0
    for epoch in range(int(epochs)):
        perm = rng.permutation(N)
        for i in range(0, N, batch_size):
            idx = perm[i:i + batch_size]
            A = _forward(params, X_train[idx], L)
            logits = A[-1]
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            delta = (e / e.sum(axis=1, keepdims=True) - Y_train[idx]) / np.float64(idx.shape[0])
            grads = {}
            for l in range(L, 0, -1):
                grads["W" + str(l)] = A[l - 1].T @ delta
                grads["b" + str(l)] = delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params["W" + str(l)].T) * (A[l - 1] > np.float64(0))
            for key in params:
                params[key] = params[key] - eta * grads[key]
        train_value = _ce(_forward(params, X_train, L)[-1], Y_train)
        val_value = _ce(_forward(params, X_val, L)[-1], Y_val)
        out["train_loss"].append(float(train_value))
        out["val_loss"].append(float(val_value))
        out["stop_epoch"] = epoch
        if val_value < best:
            best = val_value
            out["best_epoch"] = epoch
            out["params"] = {k: v.copy() for k, v in params.items()}
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                break
    return out
