"""Capstone MLP trainer assembled from small helpers and an early-stopping tracker class (helpers style)."""

import numpy as np


def _he_init(widths, rng):
    params = {}
    for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        params[f"W{l}"] = np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
        params[f"b{l}"] = np.zeros(n_out)
    return params


def _forward(params, X):
    L = len(params) // 2
    caches, A = [], X
    for l in range(1, L + 1):
        Z = A @ params[f"W{l}"] + params[f"b{l}"]
        caches.append((A, Z))
        A = np.maximum(Z, 0.0) if l < L else Z
    return A, caches


def _softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def _cross_entropy(logits, Y):
    S = logits - logits.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(S).sum(axis=1)) - (S * Y).sum(axis=1)))


def _backward(params, caches, logits, Y):
    L = len(caches)
    dZ = (_softmax(logits) - Y) / len(Y)
    grads = {}
    for l in range(L, 0, -1):
        A_prev, _ = caches[l - 1]
        grads[f"W{l}"] = A_prev.T @ dZ
        grads[f"b{l}"] = dZ.sum(axis=0)
        if l > 1:
            dZ = (dZ @ params[f"W{l}"].T) * (caches[l - 2][1] > 0)
    return grads


def _sgd(params, grads, eta):
    return {k: params[k] - eta * grads[k] for k in params}


def _batches(perm, size):
    return [perm[i:i + size] for i in range(0, len(perm), size)]


class _EarlyStopping:
    def __init__(self, patience):
        self.patience, self.best, self.best_epoch, self.best_params, self.waited = patience, np.inf, 0, None, 0

    def should_stop(self, epoch, loss, params):
        if loss < self.best:
            self.best, self.best_epoch, self.waited = loss, epoch, 0
            self.best_params = {k: v.copy() for k, v in params.items()}
            return False
        self.waited += 1
        return self.waited >= self.patience


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train, X_val, Y_val = (np.asarray(a, dtype=np.float64) for a in (X_train, Y_train, X_val, Y_val))
    rng = np.random.default_rng(seed)
    params = _he_init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    monitor = _EarlyStopping(patience)
    train_loss, val_loss, stop_epoch = [], [], 0
    for epoch in range(epochs):
        for idx in _batches(rng.permutation(len(X_train)), batch_size):
            logits, caches = _forward(params, X_train[idx])
            params = _sgd(params, _backward(params, caches, logits, Y_train[idx]), eta)
        train_loss.append(_cross_entropy(_forward(params, X_train)[0], Y_train))
        val_loss.append(_cross_entropy(_forward(params, X_val)[0], Y_val))
        stop_epoch = epoch
        if monitor.should_stop(epoch, val_loss[-1], params):
            break
    return {"params": monitor.best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": monitor.best_epoch, "stop_epoch": stop_epoch}
