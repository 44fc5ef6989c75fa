"""Correct solution, style r5: the classifier as a small class (init, forward, backward), softmax-CE through logsumexp."""

import numpy as np


class _Classifier:
    def __init__(self, widths, rng):
        self.L = len(widths) - 1
        self.params = {}
        for l in range(1, self.L + 1):
            self.params["W%d" % l] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
            self.params["b%d" % l] = np.zeros(widths[l])

    def forward(self, X):
        acts = [X]
        for l in range(1, self.L + 1):
            z = acts[-1] @ self.params["W%d" % l] + self.params["b%d" % l]
            acts.append(z if l == self.L else np.maximum(z, 0.0))
        return acts

    @staticmethod
    def log_probs(logits):
        shifted = logits - logits.max(axis=1, keepdims=True)
        return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))

    def loss(self, X, Y):
        return float(-np.sum(Y * self.log_probs(self.forward(X)[-1])) / X.shape[0])

    def sgd_step(self, X, Y, eta):
        acts = self.forward(X)
        delta = (np.exp(self.log_probs(acts[-1])) - Y) / X.shape[0]
        new = {}
        for l in range(self.L, 0, -1):
            W = self.params["W%d" % l]
            new["W%d" % l] = W - eta * (acts[l - 1].T @ delta)
            new["b%d" % l] = self.params["b%d" % l] - eta * delta.sum(axis=0)
            if l > 1:
                delta = (delta @ W.T) * (acts[l - 1] > 0)
        self.params = new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    X_train, X_val = np.asarray(X_train, dtype=np.float64), np.asarray(X_val, dtype=np.float64)
    net = _Classifier([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    history = {"train_loss": [], "val_loss": []}
    best, best_epoch, best_params, waited, epoch = np.inf, 0, dict(net.params), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = perm[start:start + batch_size]
            net.sgd_step(X_train[batch], Y_train[batch], eta)
        history["train_loss"].append(net.loss(X_train, Y_train))
        history["val_loss"].append(net.loss(X_val, Y_val))
        if history["val_loss"][-1] < best:
            best, best_epoch, best_params, waited = history["val_loss"][-1], epoch, net.params, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": best_params, **history, "best_epoch": best_epoch, "stop_epoch": epoch}
