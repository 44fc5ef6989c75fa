"""train.train_classifier: the patience counter is never reset on an improvement, so it stops after `patience` non-improving epochs in all, not in a row"""
import numpy as np


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    L = len(widths) - 1

    def forward(X):
        acts = [X]
        for l in range(1, L):
            acts.append(np.maximum(0, acts[-1] @ params[f"W{l}"] + params[f"b{l}"]))
        return acts, acts[-1] @ params[f"W{L}"] + params[f"b{L}"]

    def loss_and_probs(logits, Y):
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-np.mean(np.sum(Y * log_probs, axis=1))), np.exp(log_probs)

    def loss(X, Y):
        return loss_and_probs(forward(X)[1], Y)[0]

    def step(Xb, Yb):
        acts, logits = forward(Xb)
        batch_loss, probs = loss_and_probs(logits, Yb)
        delta = (probs - Yb) / len(Xb)
        grads = {}
        for l in range(L, 0, -1):
            grads[f"W{l}"] = acts[l - 1].T @ delta
            grads[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
        for k in params:
            params[k] = params[k] - eta * grads[k]
        return batch_loss

    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, dict(params), 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        batch_losses = []
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            batch_losses.append(step(X_train[idx], Y_train[idx]))
        train_loss.append(loss(X_train, Y_train))
        val_loss.append(loss(X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params = val_loss[-1], epoch, dict(params)
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss, "best_epoch": best_epoch,
            "stop_epoch": epoch}
