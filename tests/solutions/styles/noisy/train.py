"""Capstone MLP trainer (noisy style): prints an epoch log, warnings caught around the math."""

import warnings

import numpy as np

print("train.py loaded")


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    X_train, Y_train = np.asarray(X_train, dtype=float), np.asarray(Y_train, dtype=float)
    X_val, Y_val = np.asarray(X_val, dtype=float), np.asarray(Y_val, dtype=float)
    sizes = [X_train.shape[1], *hidden, Y_train.shape[1]]
    params = {}
    for l in range(1, len(sizes)):
        params[f"W{l}"] = np.sqrt(2 / sizes[l - 1]) * rng.standard_normal((sizes[l - 1], sizes[l]))
        params[f"b{l}"] = np.zeros(sizes[l])
    L = len(sizes) - 1
    print(f"network {sizes}, seed {seed}")

    def run(X):
        outs = [X]
        for l in range(1, L + 1):
            Z = outs[-1] @ params[f"W{l}"] + params[f"b{l}"]
            outs.append(np.maximum(Z, 0) if l < L else Z)
        return outs

    def probs(logits):
        with np.errstate(over="ignore", under="ignore"):
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def loss(X, Y):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            logits = run(X)[-1]
            shifted = logits - logits.max(axis=1, keepdims=True)
            logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-(Y * logp).sum(axis=1).mean())

    history = {"train_loss": [], "val_loss": []}
    best_val, best_epoch, best_params, bad, epoch = float("inf"), 0, None, 0, 0
    for epoch in range(epochs):
        order = rng.permutation(len(X_train))
        for s in range(0, len(order), batch_size):
            b = order[s:s + batch_size]
            outs = run(X_train[b])
            delta = (probs(outs[-1]) - Y_train[b]) / len(b)
            for l in range(L, 0, -1):
                gW, gb = outs[l - 1].T @ delta, delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (outs[l - 1] > 0)
                params[f"W{l}"] = params[f"W{l}"] - eta * gW
                params[f"b{l}"] = params[f"b{l}"] - eta * gb
        history["train_loss"].append(loss(X_train, Y_train))
        history["val_loss"].append(loss(X_val, Y_val))
        print(f"epoch {epoch}: train {history['train_loss'][-1]:.4f}, val {history['val_loss'][-1]:.4f}")
        if history["val_loss"][-1] < best_val:
            best_val, best_epoch, bad = history["val_loss"][-1], epoch, 0
            best_params = {k: v.copy() for k, v in params.items()}
        else:
            bad += 1
            if bad >= patience:
                print(f"early stop at epoch {epoch}, best {best_epoch}")
                break
    return {"params": best_params, **history, "best_epoch": best_epoch, "stop_epoch": epoch}
