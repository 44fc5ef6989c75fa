"""A correct solution of exercises/train.py, style r6: a Model class (forward/backward as methods) and einsum products."""
import math

import numpy as np


def _log_softmax(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


class _Model:
    def __init__(self, widths, rng):
        self.L = len(widths) - 1
        self.p = {}
        for l in range(1, self.L + 1):
            n_in, n_out = widths[l - 1], widths[l]
            self.p[f"W{l}"] = math.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
            self.p[f"b{l}"] = np.zeros(n_out)

    def forward(self, X, params=None):
        p = self.p if params is None else params
        acts, A = [X], X
        for l in range(1, self.L + 1):
            Z = np.einsum("ni,io->no", A, p[f"W{l}"]) + p[f"b{l}"]
            A = Z if l == self.L else np.maximum(Z, 0.0)
            acts.append(A)
        return acts

    def loss(self, X, Y, params=None):
        logits = self.forward(X, params)[-1]
        return float(-np.einsum("nk,nk->", Y, _log_softmax(logits)) / X.shape[0])

    def step(self, X, Y, eta):
        acts = self.forward(X)
        delta = (np.exp(_log_softmax(acts[-1])) - Y) / X.shape[0]
        new = {}
        for l in range(self.L, 0, -1):
            A_prev = acts[l - 1]
            new[f"W{l}"] = self.p[f"W{l}"] - eta * np.einsum("ni,no->io", A_prev, delta)
            new[f"b{l}"] = self.p[f"b{l}"] - eta * delta.sum(axis=0)
            if l > 1:
                delta = np.einsum("no,io->ni", delta, self.p[f"W{l}"]) * (A_prev > 0.0)
        self.p = new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    model = _Model([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, waited, stop = math.inf, 0, dict(model.p), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            model.step(X_train[idx], Y_train[idx], eta)
        train_loss.append(model.loss(X_train, Y_train))
        val_loss.append(model.loss(X_val, Y_val))
        stop = epoch
        if val_loss[-1] < best:
            best, best_epoch, best_params, waited = val_loss[-1], epoch, dict(model.p), 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": stop}
