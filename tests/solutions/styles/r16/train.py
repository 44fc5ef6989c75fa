"""Capstone in Nielsen's network.py shape: lists of weight and bias arrays, zip over the
layers for the forward pass, a reversed walk for the deltas; the batch is kept row-wise."""

import numpy as np


def _forward(weights, biases, X):
    activations, zs = [X], []
    a = X
    for l, (W, b) in enumerate(zip(weights, biases)):
        z = a @ W + b
        zs.append(z)
        a = z if l == len(weights) - 1 else np.maximum(z, 0.0)
        activations.append(a)
    return zs, activations


def _log_softmax(Z):
    m = Z.max(axis=1, keepdims=True)
    return Z - m - np.log(np.exp(Z - m).sum(axis=1, keepdims=True))


def _loss(weights, biases, X, Y):
    zs, _ = _forward(weights, biases, X)
    return float(-np.einsum("nk,nk->", Y, _log_softmax(zs[-1])) / len(X))


def _backprop(weights, biases, X, Y):
    zs, activations = _forward(weights, biases, X)
    delta = (np.exp(_log_softmax(zs[-1])) - Y) / len(X)
    nabla_w, nabla_b = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        nabla_w[l] = activations[l].T @ delta
        nabla_b[l] = delta.sum(axis=0)
        if l > 0:
            delta = (delta @ weights[l].T) * (zs[l - 1] > 0)
    return nabla_w, nabla_b


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    sizes = [X_train.shape[1], *hidden, Y_train.shape[1]]
    weights = [np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out)) for n_in, n_out in zip(sizes[:-1], sizes[1:])]
    biases = [np.zeros(n_out) for n_out in sizes[1:]]
    N = len(X_train)
    train_loss, val_loss = [], []
    best, best_epoch, best_state, wait = np.inf, 0, None, 0
    epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for s in range(0, N, batch_size):
            idx = perm[s:s + batch_size]
            nabla_w, nabla_b = _backprop(weights, biases, X_train[idx], Y_train[idx])
            weights = [w - eta * nw for w, nw in zip(weights, nabla_w)]
            biases = [b - eta * nb for b, nb in zip(biases, nabla_b)]
        train_loss.append(_loss(weights, biases, X_train, Y_train))
        val_loss.append(_loss(weights, biases, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_state, wait = val_loss[-1], epoch, (weights, biases), 0
        else:
            wait += 1
            if wait >= patience:
                break
    if best_state is None:  # epochs = 0: nothing was trained
        best_state = (weights, biases)
    params = {}
    for l, (W, b) in enumerate(zip(*best_state), start=1):
        params["W%d" % l], params["b%d" % l] = W, b
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
