"""train as a small class behind the function: layers as a list of (W, b) pairs, log-sum-exp loss."""

import numpy as np


class _Net:
    def __init__(self, widths, rng):
        # He initialisation, layer 1 first; normal(0, s) draws the same numbers as s * standard_normal
        self.layers = [(rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out)), np.zeros(n_out))
                       for n_in, n_out in zip(widths[:-1], widths[1:])]

    def logits(self, X, keep=None):
        a = X
        last = len(self.layers) - 1
        for i, (W, b) in enumerate(self.layers):
            z = a @ W + b
            if keep is not None:
                keep.append(a)
            a = z if i == last else np.maximum(z, 0.0)
        return a

    @staticmethod
    def loss_and_delta(logits, Y):
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        log_p = shifted - log_norm
        n = logits.shape[0]
        loss = -np.einsum("nk,nk->", Y, log_p) / n
        return loss, (np.exp(log_p) - Y) / n

    def sgd(self, X, Y, eta):
        inputs = []
        _, delta = self.loss_and_delta(self.logits(X, inputs), Y)
        new_layers = list(self.layers)
        for i in range(len(self.layers) - 1, -1, -1):
            W, b = self.layers[i]
            a = inputs[i]
            grad_W, grad_b = a.T @ delta, delta.sum(axis=0)
            if i > 0:
                delta = (delta @ W.T) * (a > 0)
            new_layers[i] = (W - eta * grad_W, b - eta * grad_b)
        self.layers = new_layers  # fresh arrays each step: older snapshots stay intact

    def params(self):
        out = {}
        for i, (W, b) in enumerate(self.layers, start=1):
            out[f"W{i}"], out[f"b{i}"] = W.copy(), b.copy()
        return out


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    net = _Net([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    history = {"train_loss": [], "val_loss": []}
    best_epoch, best_loss, best_params, stop_epoch = 0, np.inf, net.params(), 0
    for epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            net.sgd(X_train[rows], Y_train[rows], eta)
        history["train_loss"].append(float(net.loss_and_delta(net.logits(X_train), Y_train)[0]))
        val = float(net.loss_and_delta(net.logits(X_val), Y_val)[0])
        history["val_loss"].append(val)
        stop_epoch = epoch
        if val < best_loss:
            best_epoch, best_loss, best_params = epoch, val, net.params()
        elif epoch - best_epoch >= patience:
            break
    return {"params": best_params, "train_loss": history["train_loss"], "val_loss": history["val_loss"],
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
