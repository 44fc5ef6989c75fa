"""train.train_classifier: right: in-place SGD steps on arrays of its own, a while loop over epochs, the validation loss recorded before the training loss as numpy floats, and the best weights kept as copies"""
import numpy as np


def _acc16ip_logits(params, X, n_layers):
    A, cache = X, []
    for l in range(1, n_layers + 1):
        Z = A @ params["W%d" % l] + params["b%d" % l]
        cache.append((A, Z))
        A = Z if l == n_layers else np.maximum(Z, 0)
    return A, cache


def _acc16ip_log_probs(logits):
    m = logits.max(axis=1, keepdims=True)
    return logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))


def _acc16ip_loss(params, X, Y, n_layers):
    return np.float64(-np.mean(np.sum(Y * _acc16ip_log_probs(_acc16ip_logits(params, X, n_layers)[0]), axis=1)))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    sizes = [X_train.shape[1]] + list(hidden) + [Y_train.shape[1]]
    n_layers = len(sizes) - 1
    params = {}
    for l in range(1, n_layers + 1):
        params["W%d" % l] = np.sqrt(2 / sizes[l - 1]) * rng.standard_normal((sizes[l - 1], sizes[l]))
        params["b%d" % l] = np.zeros(sizes[l])
    history = {"train": [], "val": []}
    best_loss, best_epoch, bad = np.inf, 0, 0
    best = {k: v.copy() for k, v in params.items()}
    epoch = 0
    while epoch < epochs:
        order = rng.permutation(X_train.shape[0])
        start = 0
        while start < X_train.shape[0]:
            rows = order[start:start + batch_size]
            logits, cache = _acc16ip_logits(params, X_train[rows], n_layers)
            delta = (np.exp(_acc16ip_log_probs(logits)) - Y_train[rows]) / len(rows)
            for l in range(n_layers, 0, -1):
                A_prev, Z = cache[l - 1]
                if l < n_layers:
                    delta = np.where(Z > 0, delta, 0.0)
                dW, db = A_prev.T @ delta, delta.sum(axis=0)
                delta = delta @ params["W%d" % l].T
                params["W%d" % l] -= eta * dW
                params["b%d" % l] -= eta * db
            start += batch_size
        history["val"].append(_acc16ip_loss(params, X_val, Y_val, n_layers))
        history["train"].append(_acc16ip_loss(params, X_train, Y_train, n_layers))
        if history["val"][-1] < best_loss:
            best_loss, best_epoch, bad = history["val"][-1], epoch, 0
            best = {k: v.copy() for k, v in params.items()}
        else:
            bad += 1
            if bad == patience:
                break
        epoch += 1
    return {"params": best, "train_loss": history["train"], "val_loss": history["val"], "best_epoch": best_epoch,
            "stop_epoch": len(history["val"]) - 1}
