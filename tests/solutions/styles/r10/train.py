"""The capstone with layers as a list of (W, b) pairs, batches from np.split and early stopping as a coroutine."""

import numpy as np


def _layers(widths, rng):
    return [(np.sqrt(2 / n_in) * rng.standard_normal((n_in, n_out)), np.zeros(n_out))
            for n_in, n_out in zip(widths[:-1], widths[1:])]


def _to_params(layers):
    params = {}
    for l, (W, b) in enumerate(layers, start=1):
        params[f"W{l}"], params[f"b{l}"] = W, b
    return params


def _run(layers, X):
    """Inputs of every layer and the logits."""
    inputs, A = [], X
    for i, (W, b) in enumerate(layers):
        inputs.append(A)
        Z = A @ W + b
        A = Z if i == len(layers) - 1 else np.maximum(Z, 0)
    return inputs, A


def _log_probs(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _mean_ce(layers, X, Y):
    return float(-(Y * _log_probs(_run(layers, X)[1])).sum() / X.shape[0])


def _sgd(layers, X, Y, eta):
    inputs, logits = _run(layers, X)
    delta = (np.exp(_log_probs(logits)) - Y) / X.shape[0]
    new = [None] * len(layers)
    for i in reversed(range(len(layers))):
        W, b = layers[i]
        A = inputs[i]
        new[i] = (W - eta * (A.T @ delta), b - eta * delta.sum(axis=0))
        if i:
            delta = (delta @ W.T) * (A > 0)  # A = relu(Z) of the layer below: A > 0 exactly where Z > 0
    return new


def _patience_keeper(patience):
    """Coroutine: send a validation loss, receive (improved, stop)."""
    best, wait, reply = np.inf, 0, None
    while True:
        loss = yield reply
        improved = loss < best
        best, wait = (loss, 0) if improved else (best, wait + 1)
        reply = improved, wait >= patience


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    layers = _layers([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    keeper = _patience_keeper(patience)
    next(keeper)
    history = {"train_loss": [], "val_loss": []}
    best_layers, best_epoch = layers, 0
    n = X_train.shape[0]
    for epoch in range(epochs):
        for idx in np.split(rng.permutation(n), np.arange(batch_size, n, batch_size)):
            layers = _sgd(layers, X_train[idx], Y_train[idx], eta)
        history["train_loss"].append(_mean_ce(layers, X_train, Y_train))
        history["val_loss"].append(_mean_ce(layers, X_val, Y_val))
        improved, stop = keeper.send(history["val_loss"][-1])
        if improved:
            best_layers, best_epoch = layers, epoch
        if stop:
            break
    return {"params": _to_params(best_layers), **history, "best_epoch": best_epoch,
            "stop_epoch": len(history["val_loss"]) - 1}
