"""train.train_classifier: loss as -log(softmax + 1e-12): finite, but capped at ~27.6 per example, so a confidently wrong row's loss (logits in the thousands) is far too small"""

import numpy as np


def _r14le_forward(params, X, L):
    acts = [X]
    a = X
    for l in range(1, L + 1):
        z = a @ params[f"W{l}"] + params[f"b{l}"]
        a = z if l == L else np.maximum(z, 0.0)
        acts.append(a)
    return acts


def _r14le_probs(logits):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _r14le_loss(params, X, Y, L):
    p = _r14le_probs(_r14le_forward(params, X, L)[-1])
    return float(-np.mean(np.sum(Y * np.log(p + 1e-12), axis=1)))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    n = X_train.shape[0]
    tr, va = [], []
    best, best_epoch, best_params, wait, stop = np.inf, 0, dict(params), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for s in range(0, n, batch_size):
            idx = perm[s:s + batch_size]
            acts = _r14le_forward(params, X_train[idx], L)
            delta = (_r14le_probs(acts[-1]) - Y_train[idx]) / len(idx)
            new = {}
            for l in range(L, 0, -1):
                new[f"W{l}"] = params[f"W{l}"] - eta * acts[l - 1].T @ delta
                new[f"b{l}"] = params[f"b{l}"] - eta * delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
            params = new
        tr.append(_r14le_loss(params, X_train, Y_train, L))
        va.append(_r14le_loss(params, X_val, Y_val, L))
        stop = epoch
        if va[-1] < best:
            best, best_epoch, best_params, wait = va[-1], epoch, dict(params), 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": tr, "val_loss": va, "best_epoch": best_epoch, "stop_epoch": stop}
