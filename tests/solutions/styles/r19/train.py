"""A correct solution of exercises/train.py written after Mitchell's BACKPROPAGATION and
Haykin's generalized delta rule, on mini-batches: error terms delta = (t - o) / B at the
softmax output, delta_h = phi'(v_h) * sum_k w_hk delta_k below it, and every weight
updated by PLUS eta * delta * (its input), which is minus eta times the gradient."""

import numpy as np


def _init(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _forward(params, X, n_layers):
    """Outputs y_l of every layer (y_0 = X) and the induced local fields v_l; the last v is the logits."""
    ys, vs = [X], []
    for l in range(1, n_layers + 1):
        v = ys[-1] @ params[f"W{l}"] + params[f"b{l}"]
        vs.append(v)
        ys.append(np.maximum(v, 0.0) if l < n_layers else v)
    return ys, vs


def _softmax(v):
    shifted = v - v.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def _loss(params, X, T, n_layers):
    logits = _forward(params, X, n_layers)[1][-1]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-np.mean(np.sum(T * log_probs, axis=1)))


def _delta_rule_step(params, X, T, eta, n_layers):
    """One mini-batch step of the generalized delta rule; a new params dict."""
    ys, vs = _forward(params, X, n_layers)
    delta = (T - _softmax(vs[-1])) / X.shape[0]  # error terms, target minus output
    new = {}
    for l in range(n_layers, 0, -1):
        new[f"W{l}"] = params[f"W{l}"] + eta * ys[l - 1].T @ delta
        new[f"b{l}"] = params[f"b{l}"] + eta * delta.sum(axis=0)
        if l > 1:
            delta = (vs[l - 2] > 0) * (delta @ params[f"W{l}"].T)
    return new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train, Y_train = np.asarray(X_train, dtype=float), np.asarray(Y_train, dtype=float)
    X_val, Y_val = np.asarray(X_val, dtype=float), np.asarray(Y_val, dtype=float)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    n_layers = len(widths) - 1
    rng = np.random.default_rng(seed)
    params = _init(widths, rng)
    train_loss, val_loss = [], []
    best = {"loss": np.inf, "epoch": 0, "params": params}
    waited = 0
    epoch = 0
    for epoch in range(epochs):
        order = rng.permutation(X_train.shape[0])
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            params = _delta_rule_step(params, X_train[batch], Y_train[batch], eta, n_layers)
        train_loss.append(_loss(params, X_train, Y_train, n_layers))
        val_loss.append(_loss(params, X_val, Y_val, n_layers))
        if val_loss[-1] < best["loss"]:
            best = {"loss": val_loss[-1], "epoch": epoch, "params": params}
            waited = 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": {k: v.copy() for k, v in best["params"].items()},
            "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best["epoch"], "stop_epoch": epoch}
