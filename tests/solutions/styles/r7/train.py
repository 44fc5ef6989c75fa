"""A correct solution of exercises/train.py, style r7: layers as (W, b) tuples in a list, logsumexp loss, params dict by comprehension."""
import numpy as np


def _init(widths, rng):
    # zip in a comprehension evaluates layer 1 first, so the draws are in the docstring's order
    return [(np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out)), np.zeros(n_out))
            for n_in, n_out in zip(widths[:-1], widths[1:])]


def _as_dict(layers):
    return {f"{kind}{l}": array.copy() for l, pair in enumerate(layers, 1) for kind, array in zip("Wb", pair)}


def _forward(layers, X):
    """Logits and the list of layer inputs (for backward)."""
    inputs, a = [], X
    for i, (W, b) in enumerate(layers):
        inputs.append(a)
        z = a @ W + b
        a = z if i == len(layers) - 1 else np.maximum(z, 0.0)
    return a, inputs


def _loss_and_dlogits(logits, Y):
    shifted = logits - logits.max(axis=1, keepdims=True)
    lse = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - lse
    n = len(Y)
    return float(-(Y * log_p).sum() / n), (np.exp(log_p) - Y) / n


def _loss(layers, X, Y):
    return _loss_and_dlogits(_forward(layers, X)[0], Y)[0]


def _sgd_batch(layers, X, Y, eta):
    logits, inputs = _forward(layers, X)
    _, delta = _loss_and_dlogits(logits, Y)
    new = [None] * len(layers)
    for i in range(len(layers) - 1, -1, -1):
        W, b = layers[i]
        a = inputs[i]
        grad_W, grad_b = a.T @ delta, delta.sum(axis=0)
        if i:
            delta = (delta @ W.T) * (a > 0)     # a = relu(z) of the layer below: a > 0 exactly where z > 0
        new[i] = (W - eta * grad_W, b - eta * grad_b)
    return new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train = np.asarray(X_train, dtype=np.float64), np.asarray(Y_train, dtype=np.float64)
    X_val, Y_val = np.asarray(X_val, dtype=np.float64), np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    layers = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = len(X_train)
    history = {"train_loss": [], "val_loss": []}
    best_val, best_epoch, best_layers, waited, epoch = np.inf, 0, layers, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            layers = _sgd_batch(layers, X_train[idx], Y_train[idx], eta)
        history["train_loss"].append(_loss(layers, X_train, Y_train))
        val = _loss(layers, X_val, Y_val)
        history["val_loss"].append(val)
        if val < best_val:
            best_val, best_epoch, best_layers, waited = val, epoch, layers, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": _as_dict(best_layers), **history, "best_epoch": best_epoch, "stop_epoch": epoch}
