"""Style r11: the capstone as a small class behind the function; layers kept in lists, einsum-free @."""

import numpy as np


class _Net:
    def __init__(self, widths, rng):
        self.W = [np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out)) for n_in, n_out in zip(widths, widths[1:])]
        self.b = [np.zeros(n_out) for n_out in widths[1:]]

    def snapshot(self):
        out = {}
        for i, (W, b) in enumerate(zip(self.W, self.b), start=1):
            out[f"W{i}"], out[f"b{i}"] = W.copy(), b.copy()
        return out

    def logits(self, X):
        a = X
        self.trace = [a]
        for W, b in zip(self.W[:-1], self.b[:-1]):
            a = np.maximum(a @ W + b, 0.0)
            self.trace.append(a)
        return a @ self.W[-1] + self.b[-1]

    def loss(self, X, Y):
        z = self.logits(X)
        z = z - z.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(z).sum(axis=1))
        return float(np.mean(log_norm - np.einsum("nk,nk->n", z, Y)))

    def step(self, X, Y, eta):
        z = self.logits(X)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        delta = (p - Y) / X.shape[0]
        for layer in range(len(self.W) - 1, -1, -1):
            a_in = self.trace[layer]
            dW, db = a_in.T @ delta, delta.sum(axis=0)
            if layer:
                delta = (delta @ self.W[layer].T) * (a_in > 0)
            self.W[layer] = self.W[layer] - eta * dW
            self.b[layer] = self.b[layer] - eta * db


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    net = _Net([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, quiet = np.inf, 0, net.snapshot(), 0
    epoch = -1
    for epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            net.step(X_train[idx], Y_train[idx], eta)
        train_loss.append(net.loss(X_train, Y_train))
        val_loss.append(net.loss(X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, quiet = val_loss[-1], epoch, net.snapshot(), 0
        else:
            quiet += 1
            if quiet >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
