"""train.train_classifier: Keras' restore_best_weights=False habit: stops by the rule but returns the weights of the last epoch run, not of the best."""

import numpy as np


def _r24c_logits(X, params, n_layers):
    A, trace = X, []
    for l in range(1, n_layers + 1):
        Z = A @ params["W%d" % l] + params["b%d" % l]
        trace.append((A, Z))
        A = np.maximum(Z, 0) if l < n_layers else Z
    return A, trace


def _r24c_xent(logits, Y):
    shifted = logits - logits.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return logp, float(-(Y * logp).sum() / len(Y))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params["W%d" % l] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params["b%d" % l] = np.zeros(widths[l])
    history = {"train_loss": [], "val_loss": []}
    best, best_epoch, wait = np.inf, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = perm[start:start + batch_size]
            logits, trace = _r24c_logits(X_train[idx], params, L)
            logp, _ = _r24c_xent(logits, Y_train[idx])
            delta = (np.exp(logp) - Y_train[idx]) / len(idx)
            new = {}
            for l in range(L, 0, -1):
                A_prev, Z = trace[l - 1]
                if l < L:
                    delta = delta * (Z > 0)
                new["W%d" % l] = params["W%d" % l] - eta * A_prev.T @ delta
                new["b%d" % l] = params["b%d" % l] - eta * delta.sum(axis=0)
                delta = delta @ params["W%d" % l].T
            params = new
        history["train_loss"].append(_r24c_xent(_r24c_logits(X_train, params, L)[0], Y_train)[1])
        history["val_loss"].append(_r24c_xent(_r24c_logits(X_val, params, L)[0], Y_val)[1])
        if history["val_loss"][-1] < best:
            best, best_epoch, wait = history["val_loss"][-1], epoch, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": params, **history, "best_epoch": best_epoch, "stop_epoch": len(history["val_loss"]) - 1}
