"""A correct student solution of exercises/train.py (self-contained: its own pieces as helpers)."""

import numpy as np


def _init(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _forward(X, params):
    layers = len(params) // 2
    A, caches = X, []
    for l in range(1, layers + 1):
        Z = A @ params[f"W{l}"] + params[f"b{l}"]
        caches.append((A, Z))
        A = np.maximum(Z, 0) if l < layers else Z
    return A, caches


def _log_softmax(Z):
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _loss(params, X, Y):
    logits, _ = _forward(X, params)
    return float(-np.sum(Y * _log_softmax(logits)) / len(X))


def _gradients(params, X, Y):
    logits, caches = _forward(X, params)
    delta = (np.exp(_log_softmax(logits)) - Y) / len(X)
    grads = {}
    for l in range(len(caches), 0, -1):
        A_prev, Z = caches[l - 1]
        if l < len(caches):
            delta = delta * (Z > 0)
        grads[f"W{l}"] = A_prev.T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ params[f"W{l}"].T
    return grads


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = perm[start:start + batch_size]
            grads = _gradients(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_loss(params, X_train, Y_train))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
