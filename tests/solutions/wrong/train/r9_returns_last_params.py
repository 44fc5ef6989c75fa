"""train.train_classifier: returns the params of the last epoch run, not those of the best epoch (no restore)."""

import numpy as np


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])

    def forward(p, X):
        As = [X]
        for l in range(1, L + 1):
            Z = As[-1] @ p[f"W{l}"] + p[f"b{l}"]
            As.append(Z if l == L else np.maximum(Z, 0.0))
        return As

    def loss(p, X, Y):
        Z = forward(p, X)[-1]
        Z = Z - Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        return float(-np.mean(np.sum(Y * logp, axis=1)))

    def grads(p, X, Y):
        As = forward(p, X)
        Z = As[-1] - As[-1].max(axis=1, keepdims=True)
        S = np.exp(Z)
        S /= S.sum(axis=1, keepdims=True)
        delta = (S - Y) / X.shape[0]
        g = {}
        for l in range(L, 0, -1):
            g[f"W{l}"] = As[l - 1].T @ delta
            g[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ p[f"W{l}"].T) * (As[l - 1] > 0)
        return g

    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, dict(params), 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for s in range(0, N, batch_size):
            idx = perm[s:s + batch_size]
            g = grads(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * g[k] for k in params}
        train_loss.append(loss(params, X_train, Y_train))
        val_loss.append(loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, dict(params), 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
