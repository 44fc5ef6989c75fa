"""train.train_classifier: weights drawn with std sqrt(1 / n_in) (LeCun) instead of He's sqrt(2 / n_in)"""

import numpy as np


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = rng.standard_normal((widths[l - 1], widths[l])) / np.sqrt(widths[l - 1])
        params[f"b{l}"] = np.zeros(widths[l])
    tl, vl = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for s in range(0, len(X_train), batch_size):
            idx = perm[s:s + batch_size]
            g = _gradients(params, X_train[idx], Y_train[idx])
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
