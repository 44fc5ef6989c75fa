"""train.train_classifier: the backward pass forgets the ReLU derivative: delta goes through the hidden layers unmasked"""

import numpy as np


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    def grads(params, X, Y):
        logits, caches = _forward(X, params)
        z = logits - logits.max(axis=1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        delta = (p - Y) / len(X)
        out = {}
        for l in range(len(caches), 0, -1):
            A_prev = caches[l - 1][0]
            out[f"W{l}"] = A_prev.T @ delta
            out[f"b{l}"] = delta.sum(axis=0)
            delta = delta @ params[f"W{l}"].T
        return out
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    tl, vl = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for s in range(0, len(X_train), batch_size):
            idx = perm[s:s + batch_size]
            g = grads(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * g[k] for k in params}
        tl.append(_loss(params, X_train, Y_train))
        vl.append(_loss(params, X_val, Y_val))
        if vl[-1] < best:
            best, best_epoch, best_params, wait = vl[-1], epoch, params, 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, "train_loss": tl, "val_loss": vl, "best_epoch": best_epoch, "stop_epoch": len(vl) - 1}
