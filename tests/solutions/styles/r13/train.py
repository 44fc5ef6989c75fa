"""Capstone with params kept as a list of (W, b) pairs inside a private class; ReLU' read off the activations."""

import numpy as np


class _MLP:
    def __init__(self, layers):
        self.layers = layers

    @classmethod
    def he(cls, widths, rng):
        return cls([(np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out)), np.zeros(n_out))
                    for n_in, n_out in zip(widths[:-1], widths[1:])])

    def copy(self):
        return _MLP([(W.copy(), b.copy()) for W, b in self.layers])

    def as_dict(self):
        out = {}
        for l, (W, b) in enumerate(self.layers, start=1):
            out[f"W{l}"], out[f"b{l}"] = W, b
        return out

    def forward(self, X):
        acts = [X]
        for W, b in self.layers[:-1]:
            acts.append(np.maximum(acts[-1] @ W + b, 0.0))
        W, b = self.layers[-1]
        return acts, acts[-1] @ W + b

    @staticmethod
    def _log_probs(logits):
        shifted = logits - logits.max(axis=1, keepdims=True)
        return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))

    def loss(self, X, Y):
        _, logits = self.forward(X)
        return float(-np.einsum("nk,nk->", Y, self._log_probs(logits)) / X.shape[0])

    def sgd(self, X, Y, eta):
        acts, logits = self.forward(X)
        delta = (np.exp(self._log_probs(logits)) - Y) / X.shape[0]
        new_layers = []
        for l in range(len(self.layers) - 1, -1, -1):
            W, b = self.layers[l]
            gW, gb = acts[l].T @ delta, delta.sum(axis=0)
            if l:
                # acts[l] = relu(z) is positive exactly where the slope is 1
                delta = (delta @ W.T) * (acts[l] > 0)
            new_layers.append((W - eta * gW, b - eta * gb))
        self.layers = new_layers[::-1]


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train = np.asarray(X_train, dtype=float), np.asarray(Y_train, dtype=float)
    X_val, Y_val = np.asarray(X_val, dtype=float), np.asarray(Y_val, dtype=float)
    rng = np.random.default_rng(seed)
    net = _MLP.he([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_net, waited = np.inf, 0, net.copy(), 0
    for epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            net.sgd(X_train[idx], Y_train[idx], eta)
        train_loss.append(net.loss(X_train, Y_train))
        val_loss.append(net.loss(X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_net, waited = val_loss[-1], epoch, net.copy(), 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": best_net.as_dict(), "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
