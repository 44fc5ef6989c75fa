"""train.train_classifier: Nielsen's column-vector training, W_l transposed back to (n_{l-1}, n_l) but the biases returned as Nielsen's (n_l, 1) columns"""

import numpy as np


def _r16bc_forward(weights, biases, A):
    zs, acts = [], [A]
    for l, (W, b) in enumerate(zip(weights, biases)):
        z = W @ acts[-1] + b
        zs.append(z)
        acts.append(z if l == len(weights) - 1 else np.maximum(z, 0.0))
    return zs, acts


def _r16bc_log_softmax(Z):
    m = Z.max(axis=0, keepdims=True)
    return Z - m - np.log(np.exp(Z - m).sum(axis=0, keepdims=True))


def _r16bc_loss(weights, biases, X, Y):
    zs, _ = _r16bc_forward(weights, biases, X.T)
    return float(-(Y.T * _r16bc_log_softmax(zs[-1])).sum() / X.shape[0])


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    sizes = [X_train.shape[1], *hidden, Y_train.shape[1]]
    weights = [np.sqrt(2.0 / m) * rng.standard_normal((n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    biases = [np.zeros((n, 1)) for n in sizes[1:]]
    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_state, wait, epoch = np.inf, 0, (weights, biases), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for s in range(0, N, batch_size):
            idx = perm[s:s + batch_size]
            zs, acts = _r16bc_forward(weights, biases, X_train[idx].T)
            delta = (np.exp(_r16bc_log_softmax(zs[-1])) - Y_train[idx].T) / len(idx)
            nw, nb = [None] * len(weights), [None] * len(weights)
            for l in range(len(weights) - 1, -1, -1):
                nw[l] = delta @ acts[l].T
                nb[l] = delta.sum(axis=1, keepdims=True)
                if l:
                    delta = (weights[l].T @ delta) * (zs[l - 1] > 0)
            weights = [w - eta * g for w, g in zip(weights, nw)]
            biases = [b - eta * g for b, g in zip(biases, nb)]
        train_loss.append(_r16bc_loss(weights, biases, X_train, Y_train))
        val_loss.append(_r16bc_loss(weights, biases, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_state, wait = val_loss[-1], epoch, (weights, biases), 0
        else:
            wait += 1
            if wait >= patience:
                break
    params = {}
    for l, (W, b) in enumerate(zip(*best_state), start=1):
        params["W%d" % l], params["b%d" % l] = W.T, b
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
