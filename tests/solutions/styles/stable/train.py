"""Capstone MLP trainer; loss from log-sum-exp, gradient from log-softmax (stable style)."""

import numpy as np


def _logsumexp(Z):
    m = np.max(Z, axis=1, keepdims=True)
    return m + np.log(np.sum(np.exp(Z - m), axis=1, keepdims=True))


def _forward(params, X, L):
    cache = [X]
    for l in range(1, L + 1):
        Z = cache[-1] @ params[f"W{l}"] + params[f"b{l}"]
        cache.append(Z if l == L else np.maximum(Z, 0.0))
    return cache


def _mean_ce(params, X, Y, L):
    Z = _forward(params, X, L)[-1]
    log_p = Z - _logsumexp(Z)
    return float(-np.sum(Y * log_p) / len(X))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train, X_val, Y_val = (np.asarray(a, dtype=np.float64) for a in (X_train, Y_train, X_val, Y_val))
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    N = len(X_train)
    train_loss, val_loss = [], []
    best_val, best_epoch, best_params, since = np.inf, 0, dict(params), 0
    epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for batch in np.array_split(perm, np.arange(batch_size, N, batch_size)):
            cache = _forward(params, X_train[batch], L)
            Z = cache[-1]
            delta = (np.exp(Z - _logsumexp(Z)) - Y_train[batch]) / len(batch)
            new = {}
            for l in range(L, 0, -1):
                new[f"W{l}"] = params[f"W{l}"] - eta * (cache[l - 1].T @ delta)
                new[f"b{l}"] = params[f"b{l}"] - eta * delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (cache[l - 1] > 0.0)
            params = new
        train_loss.append(_mean_ce(params, X_train, Y_train, L))
        val_loss.append(_mean_ce(params, X_val, Y_val, L))
        if val_loss[-1] < best_val:
            best_val, best_epoch, best_params, since = val_loss[-1], epoch, params, 0
        else:
            since += 1
            if since >= patience:
                break
    return {"params": {k: v.copy() for k, v in best_params.items()}, "train_loss": train_loss,
            "val_loss": val_loss, "best_epoch": best_epoch, "stop_epoch": epoch}
