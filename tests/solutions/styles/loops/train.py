"""Capstone MLP trainer, loops over layers and batches (loops style)."""

import numpy as np


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1]] + list(hidden) + [Y_train.shape[1]]
    L = len(widths) - 1
    Ws, bs = [], []
    for l in range(L):
        Ws.append(np.sqrt(2.0 / widths[l]) * rng.standard_normal((widths[l], widths[l + 1])))
        bs.append(np.zeros(widths[l + 1]))

    def forward(X):
        acts = [X]
        for l in range(L):
            Z = acts[-1] @ Ws[l] + bs[l]
            if l < L - 1:
                Z = np.maximum(Z, 0.0)
            acts.append(Z)
        return acts

    def mean_loss(X, Y):
        logits = forward(X)[-1]
        m = logits.max(axis=1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
        total = 0.0
        for n in range(X.shape[0]):
            total += lse[n] - logits[n] @ Y[n]
        return total / X.shape[0]

    N = X_train.shape[0]
    history_train, history_val = [], []
    best_loss = None
    best_epoch = 0
    best = None
    bad = 0
    stop_epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        start = 0
        while start < N:
            idx = perm[start:start + batch_size]
            start += batch_size
            acts = forward(X_train[idx])
            logits = acts[-1]
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            delta = (e / e.sum(axis=1, keepdims=True) - Y_train[idx]) / len(idx)
            for l in range(L - 1, -1, -1):
                dW = acts[l].T @ delta
                db = delta.sum(axis=0)
                if l > 0:
                    delta = (delta @ Ws[l].T) * (acts[l] > 0)
                Ws[l] = Ws[l] - eta * dW
                bs[l] = bs[l] - eta * db
        history_train.append(float(mean_loss(X_train, Y_train)))
        history_val.append(float(mean_loss(X_val, Y_val)))
        stop_epoch = epoch
        if best_loss is None or history_val[-1] < best_loss:
            best_loss = history_val[-1]
            best_epoch = epoch
            best = {}
            for l in range(L):
                best[f"W{l + 1}"] = Ws[l].copy()
                best[f"b{l + 1}"] = bs[l].copy()
            bad = 0
        else:
            bad += 1
            if bad == patience:
                break
    return {"params": best, "train_loss": history_train, "val_loss": history_val,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
