"""Correct solution of exercises/train.py, class-based: a small network object holds the params and does forward, backward and step."""

import numpy as np


class _Net:
    """ReLU MLP with linear logits; params {"W1", "b1", ..., "WL", "bL"}."""

    def __init__(self, widths, rng):
        self.depth = len(widths) - 1
        self.params = {}
        for l in range(1, len(widths)):
            self.params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
            self.params[f"b{l}"] = np.zeros(widths[l])

    def forward(self, X):
        A, trace = X, []
        for l in range(1, self.depth + 1):
            Z = A @ self.params[f"W{l}"] + self.params[f"b{l}"]
            trace.append((A, Z))
            A = Z if l == self.depth else np.maximum(Z, 0.0)
        return A, trace

    def loss(self, X, Y):
        logits, _ = self.forward(X)
        log_p = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
        return float(-np.sum(Y * log_p) / X.shape[0])

    def step(self, X, Y, eta):
        logits, trace = self.forward(X)
        delta = (np.exp(logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)) - Y) / X.shape[0]
        new = {}
        for l in range(self.depth, 0, -1):
            A_prev, Z = trace[l - 1]
            if l < self.depth:
                delta = delta * (Z > 0)
            new[f"W{l}"] = self.params[f"W{l}"] - eta * (A_prev.T @ delta)
            new[f"b{l}"] = self.params[f"b{l}"] - eta * delta.sum(axis=0)
            delta = delta @ self.params[f"W{l}"].T
        self.params = new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    net = _Net([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    history = {"train_loss": [], "val_loss": []}
    best, best_epoch, best_params, waiting = np.inf, 0, dict(net.params), 0
    for epoch in range(epochs):
        perm = rng.permutation(X_train.shape[0])
        for start in range(0, X_train.shape[0], batch_size):
            rows = perm[start:start + batch_size]
            net.step(X_train[rows], Y_train[rows], eta)
        history["train_loss"].append(net.loss(X_train, Y_train))
        history["val_loss"].append(net.loss(X_val, Y_val))
        if history["val_loss"][-1] < best:
            best, best_epoch, best_params, waiting = history["val_loss"][-1], epoch, dict(net.params), 0
        else:
            waiting += 1
            if waiting >= patience:
                break
    return {"params": best_params, **history, "best_epoch": best_epoch, "stop_epoch": len(history["val_loss"]) - 1}
