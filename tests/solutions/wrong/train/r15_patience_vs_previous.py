"""train.train_classifier: the patience counter resets whenever the validation loss beats the PREVIOUS epoch's, not the best so far"""
import numpy as np


def _r15prev_logits(params, X, L):
    acts = [X]
    for l in range(1, L + 1):
        Z = acts[-1] @ params[f"W{l}"] + params[f"b{l}"]
        acts.append(Z if l == L else np.maximum(Z, 0.0))
    return acts


def _r15prev_loss(params, X, Y, L):
    logits = _r15prev_logits(params, X, L)[-1]
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-(Y * logp).sum() / len(X))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait, previous, epoch = np.inf, 0, dict(params), 0, np.inf, 0
    N = len(X_train)
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            acts = _r15prev_logits(params, X_train[idx], L)
            s = acts[-1] - acts[-1].max(axis=1, keepdims=True)
            p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
            delta = (p - Y_train[idx]) / len(idx)
            grads = {}
            for l in range(L, 0, -1):
                grads[f"W{l}"], grads[f"b{l}"] = acts[l - 1].T @ delta, delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
            params = {k: v - eta * grads[k] for k, v in params.items()}
        train_loss.append(_r15prev_loss(params, X_train, Y_train, L))
        val = _r15prev_loss(params, X_val, Y_val, L)
        val_loss.append(val)
        if val < best:
            best, best_epoch, best_params = val, epoch, params
        if val < previous:
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                break
        previous = val
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
