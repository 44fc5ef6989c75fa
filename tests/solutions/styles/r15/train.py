"""Capstone, PyTorch-first style: a tiny Module-like class with forward/backward,
an optimiser that updates out-of-place, and a checkpoint (deep copy) of the
best state dict.
"""

import numpy as np


class _MLP:
    def __init__(self, widths, rng):
        self.n_layers = len(widths) - 1
        self.state = {}
        for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
            self.state[f"W{l}"] = np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
            self.state[f"b{l}"] = np.zeros(n_out)

    def forward(self, X, params=None):
        params = self.state if params is None else params
        acts, A = [X], X
        for l in range(1, self.n_layers + 1):
            Z = A @ params[f"W{l}"] + params[f"b{l}"]
            A = Z if l == self.n_layers else np.maximum(Z, 0.0)
            acts.append(A)
        return acts

    def backward(self, acts, dlogits):
        grads, delta = {}, dlogits
        for l in range(self.n_layers, 0, -1):
            grads[f"W{l}"] = acts[l - 1].T @ delta
            grads[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ self.state[f"W{l}"].T) * (acts[l - 1] > 0)
        return grads


def _log_softmax(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _loss(net, X, Y, params=None):
    return float(-np.einsum("nk,nk->", Y, _log_softmax(net.forward(X, params)[-1])) / len(X))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    X_train, Y_train = np.asarray(X_train, float), np.asarray(Y_train, float)
    X_val, Y_val = np.asarray(X_val, float), np.asarray(Y_val, float)
    net = _MLP([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = len(X_train)
    history = {"train_loss": [], "val_loss": []}
    best_loss, best_epoch, best_state, waited, epoch = np.inf, 0, dict(net.state), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            acts = net.forward(X_train[idx])
            probs = np.exp(_log_softmax(acts[-1]))
            grads = net.backward(acts, (probs - Y_train[idx]) / len(idx))
            net.state = {k: v - eta * grads[k] for k, v in net.state.items()}
        history["train_loss"].append(_loss(net, X_train, Y_train))
        val = _loss(net, X_val, Y_val)
        history["val_loss"].append(val)
        if val < best_loss:
            best_loss, best_epoch, best_state, waited = val, epoch, {k: v.copy() for k, v in net.state.items()}, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": best_state, **history, "best_epoch": best_epoch, "stop_epoch": epoch}
