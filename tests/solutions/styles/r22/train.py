"""Exercise (capstone): train your own MLP classifier on real data.

Deep Learning from Scratch (Saitoh) style: layer objects Affine / Relu /
SoftmaxWithLoss with their caches, a MultiLayerNet holding the params dict
'W1', 'b1', ... and a Trainer-like epoch loop. The randomness is the given seed's
Generator only (the book's np.random is not allowed here).
"""

import numpy as np


class _Affine:
    def __init__(self, params, l):
        self.params, self.l = params, l
        self.x = None

    def forward(self, x):
        self.x = x
        return x @ self.params["W%d" % self.l] + self.params["b%d" % self.l]

    def backward(self, dout, grads):
        grads["W%d" % self.l] = self.x.T @ dout
        grads["b%d" % self.l] = dout.sum(axis=0)
        return dout @ self.params["W%d" % self.l].T


class _Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout, grads):
        dout = dout.copy()
        dout[self.mask] = 0
        return dout


def _softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=1, keepdims=True)


def _cross_entropy_error(logits, t):
    """Mean cross-entropy from logits via log-softmax (the book's delta = 1e-7 is not needed)."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_y = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    batch_size = t.shape[0]
    return float(-np.sum(t * log_y) / batch_size)


class _SoftmaxWithLoss:
    def __init__(self):
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = t
        self.y = _softmax(x)
        return _cross_entropy_error(x, t)

    def backward(self):
        batch_size = self.t.shape[0]
        return (self.y - self.t) / batch_size


class _MultiLayerNet:
    def __init__(self, sizes, rng):
        self.params = {}
        for l in range(1, len(sizes)):
            weight_init_std = np.sqrt(2.0 / sizes[l - 1])
            self.params["W%d" % l] = weight_init_std * rng.standard_normal((sizes[l - 1], sizes[l]))
            self.params["b%d" % l] = np.zeros(sizes[l])
        n_layers = len(sizes) - 1
        self.layers = []
        for l in range(1, n_layers + 1):
            self.layers.append(_Affine(self.params, l))
            if l < n_layers:
                self.layers.append(_Relu())
        self.last_layer = _SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        return self.last_layer.forward(self.predict(x), t)

    def gradient(self, x, t):
        self.loss(x, t)
        grads = {}
        dout = self.last_layer.backward()
        for layer in reversed(self.layers):
            dout = layer.backward(dout, grads)
        return grads


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train an MLP classifier with mini-batch SGD and early stopping; return the best epoch's weights.

    X_train (N, d), Y_train (N, K) one-hot; X_val (M, d), Y_val (M, K); hidden: list of hidden widths.
    Returns {"params": the params of the best epoch, "train_loss": [float per epoch run],
    "val_loss": [float per epoch run], "best_epoch": int, "stop_epoch": int} (epochs from 0).
    """
    rng = np.random.default_rng(seed)
    train_size = X_train.shape[0]
    network = _MultiLayerNet([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss_list, val_loss_list = [], []
    best_loss, best_epoch, best_params, wait = np.inf, 0, None, 0
    stop_epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(train_size)
        for start in range(0, train_size, batch_size):
            batch_mask = perm[start:start + batch_size]
            grads = network.gradient(X_train[batch_mask], Y_train[batch_mask])
            for key in network.params:
                network.params[key] -= eta * grads[key]
        train_loss_list.append(network.loss(X_train, Y_train))
        val_loss_list.append(network.loss(X_val, Y_val))
        stop_epoch = epoch
        if val_loss_list[-1] < best_loss:
            best_loss, best_epoch, wait = val_loss_list[-1], epoch, 0
            best_params = {k: v.copy() for k, v in network.params.items()}
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": train_loss_list, "val_loss": val_loss_list,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
