"""Correct solution of exercises/train.py, r4 style: an MLP class (forward/backward over layer objects), a batch generator, a callback-like early stopper."""

import numpy as np


class Layer:
    def __init__(self, n_in, n_out, rng, relu):
        self.W = np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
        self.b = np.zeros(n_out)
        self.relu = relu

    def forward(self, A):
        self.A_prev = A
        self.Z = A @ self.W + self.b
        return np.maximum(self.Z, 0.0) if self.relu else self.Z

    def backward(self, dA):
        dZ = dA * (self.Z > 0) if self.relu else dA
        self.dW, self.db = self.A_prev.T @ dZ, dZ.sum(axis=0)
        return dZ @ self.W.T


class MLP:
    def __init__(self, widths, rng):
        last = len(widths) - 2
        self.layers = [Layer(n_in, n_out, rng, relu=i < last)
                       for i, (n_in, n_out) in enumerate(zip(widths, widths[1:]))]

    def logits(self, X):
        for layer in self.layers:
            X = layer.forward(X)
        return X

    def loss(self, X, Y):
        Z = self.logits(X)
        shifted = Z - Z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-np.einsum("nk,nk->", Y, log_p) / len(X)), np.exp(log_p)

    def sgd_batch(self, X, Y, eta):
        _, P = self.loss(X, Y)
        d = (P - Y) / len(X)
        for layer in reversed(self.layers):
            d = layer.backward(d)
        for layer in self.layers:
            layer.W = layer.W - eta * layer.dW
            layer.b = layer.b - eta * layer.db

    def params(self):
        out = {}
        for l, layer in enumerate(self.layers, start=1):
            out[f"W{l}"], out[f"b{l}"] = layer.W.copy(), layer.b.copy()
        return out


def _batches(n, batch_size, rng):
    perm = rng.permutation(n)
    for start in range(0, n, batch_size):
        yield perm[start:start + batch_size]


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train = np.asarray(X_train, dtype=np.float64), np.asarray(Y_train, dtype=np.float64)
    X_val, Y_val = np.asarray(X_val, dtype=np.float64), np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    net = MLP([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    history = {"train_loss": [], "val_loss": []}
    best, best_epoch, best_params, wait, epoch = np.inf, 0, net.params(), 0, -1
    for epoch in range(epochs):
        for idx in _batches(len(X_train), batch_size, rng):
            net.sgd_batch(X_train[idx], Y_train[idx], eta)
        history["train_loss"].append(net.loss(X_train, Y_train)[0])
        history["val_loss"].append(net.loss(X_val, Y_val)[0])
        if history["val_loss"][-1] < best:
            best, best_epoch, best_params, wait = history["val_loss"][-1], epoch, net.params(), 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, **history, "best_epoch": best_epoch, "stop_epoch": epoch}
