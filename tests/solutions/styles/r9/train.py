"""train as a small class: the network object holds its params and is called on a batch; histories in a dict of lists."""

import numpy as np


class _Net:
    def __init__(self, widths, rng):
        self.L = len(widths) - 1
        self.params = {}
        for l in range(1, self.L + 1):
            self.params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
            self.params[f"b{l}"] = np.zeros(widths[l])

    def __call__(self, X, params=None):
        p = self.params if params is None else params
        A, acts = X, [X]
        for l in range(1, self.L + 1):
            Z = A @ p[f"W{l}"] + p[f"b{l}"]
            A = Z if l == self.L else np.maximum(Z, 0.0)
            acts.append(A)
        return acts

    def loss(self, X, Y, params=None):
        logits = self(X, params)[-1]
        shifted = logits - logits.max(axis=1, keepdims=True)
        logsumexp = np.log(np.exp(shifted).sum(axis=1))
        return float(np.mean(logsumexp - (shifted * Y).sum(axis=1)))

    def grads(self, X, Y):
        acts = self(X)
        logits = acts[-1]
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        delta = (shifted / shifted.sum(axis=1, keepdims=True) - Y) / X.shape[0]
        g = {}
        for l in range(self.L, 0, -1):
            g[f"W{l}"] = acts[l - 1].T @ delta
            g[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ self.params[f"W{l}"].T) * (acts[l - 1] > 0)
        return g


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    net = _Net([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    history = {"train_loss": [], "val_loss": []}
    best_loss, best_epoch, best_params, waited = np.inf, 0, None, 0
    n = X_train.shape[0]
    epoch = 0
    while epoch < epochs:
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            g = net.grads(X_train[idx], Y_train[idx])
            net.params = {k: v - eta * g[k] for k, v in net.params.items()}
        history["train_loss"].append(net.loss(X_train, Y_train))
        history["val_loss"].append(net.loss(X_val, Y_val))
        if history["val_loss"][-1] < best_loss:
            best_loss, best_epoch, waited = history["val_loss"][-1], epoch, 0
            best_params = {k: v.copy() for k, v in net.params.items()}
        else:
            waited += 1
            if waited >= patience:
                break
        epoch += 1
    stop = len(history["val_loss"]) - 1
    return {"params": best_params, "train_loss": history["train_loss"], "val_loss": history["val_loss"],
            "best_epoch": best_epoch, "stop_epoch": stop}
