"""A correct solution of exercises/train.py, style r8: a small MLP class (torch-like forward/backward/step), a patience counter."""
import math

import numpy as np


def _log_softmax(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


class _MLP:
    def __init__(self, widths, rng):
        self.params = {}
        for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
            self.params[f"W{l}"] = math.sqrt(2 / n_in) * rng.standard_normal((n_in, n_out))
            self.params[f"b{l}"] = np.zeros(n_out)
        self.depth = len(widths) - 1

    def forward(self, X):
        acts = [X]
        for l in range(1, self.depth + 1):
            z = acts[-1] @ self.params[f"W{l}"] + self.params[f"b{l}"]
            acts.append(z if l == self.depth else np.maximum(z, 0.0))
        return acts

    def loss(self, X, Y):
        return float(-np.mean(np.sum(Y * _log_softmax(self.forward(X)[-1]), axis=1)))

    def backward(self, X, Y):
        acts = self.forward(X)
        delta = (np.exp(_log_softmax(acts[-1])) - Y) / len(X)
        grads = {}
        for l in range(self.depth, 0, -1):
            grads[f"W{l}"] = acts[l - 1].T @ delta
            grads[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ self.params[f"W{l}"].T) * (acts[l - 1] > 0)
        return grads

    def step(self, grads, eta):
        self.params = {k: v - eta * grads[k] for k, v in self.params.items()}


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    net = _MLP([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    history = {"train_loss": [], "val_loss": []}
    best, best_epoch, best_params, wait, epoch = math.inf, 0, net.params, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(perm), batch_size):
            idx = perm[start:start + batch_size]
            net.step(net.backward(X_train[idx], Y_train[idx]), eta)
        history["train_loss"].append(net.loss(X_train, Y_train))
        val = net.loss(X_val, Y_val)
        history["val_loss"].append(val)
        if val < best:
            best, best_epoch, best_params, wait = val, epoch, net.params, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": {k: v.copy() for k, v in best_params.items()}, **history,
            "best_epoch": best_epoch, "stop_epoch": epoch}
