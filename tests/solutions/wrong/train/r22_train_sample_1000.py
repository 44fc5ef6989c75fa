"""train.train_classifier: records the training loss on the first 1000 examples only (the book's Trainer evaluate_sample_num_per_epoch), not on the whole training set."""

import numpy as np


def _r22_sample_loss_grads(params, X, T, n_layers):
    acts = [X]
    for l in range(1, n_layers + 1):
        z = acts[-1] @ params["W%d" % l] + params["b%d" % l]
        acts.append(np.maximum(z, 0.0) if l < n_layers else z)
    shifted = acts[-1] - acts[-1].max(axis=1, keepdims=True)
    log_y = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = float(-np.sum(T * log_y) / X.shape[0])
    dout = (np.exp(log_y) - T) / X.shape[0]
    grads = {}
    for l in range(n_layers, 0, -1):
        grads["W%d" % l] = acts[l - 1].T @ dout
        grads["b%d" % l] = dout.sum(axis=0)
        if l > 1:
            dout = (dout @ params["W%d" % l].T) * (acts[l - 1] > 0)
    return loss, grads


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    sizes = [X_train.shape[1], *hidden, Y_train.shape[1]]
    n_layers = len(sizes) - 1
    params = {}
    for l in range(1, n_layers + 1):
        params["W%d" % l] = np.sqrt(2.0 / sizes[l - 1]) * rng.standard_normal((sizes[l - 1], sizes[l]))
        params["b%d" % l] = np.zeros(sizes[l])
    train_size = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait, stop_epoch = np.inf, 0, None, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(train_size)
        for start in range(0, train_size, batch_size):
            batch_mask = perm[start:start + batch_size]
            _, grads = _r22_sample_loss_grads(params, X_train[batch_mask], Y_train[batch_mask], n_layers)
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_r22_sample_loss_grads(params, X_train[:1000], Y_train[:1000], n_layers)[0])
        val_loss.append(_r22_sample_loss_grads(params, X_val, Y_val, n_layers)[0])
        stop_epoch = epoch
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, dict(params), 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
