"""train.train_classifier: trains toward the PDP targets 0.1/0.9 (Y * 0.8 + 0.1) and records its losses against them, so its curves are not the cross-entropy of its weights on the one-hot labels"""
import numpy as np


def _r25b_run(weights, patterns, n_layers):
    o, trace = patterns, []
    for l in range(1, n_layers + 1):
        net = o @ weights[f"W{l}"] + weights[f"b{l}"]
        trace.append((o, net))
        o = np.maximum(net, 0.0) if l < n_layers else net
    return o, trace


def _r25b_error(net_out, targets):
    shifted = net_out - net_out.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-(targets * log_p).sum() / len(targets)), (np.exp(log_p) - targets) / len(targets)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    w = {}
    for l in range(1, L + 1):
        w[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        w[f"b{l}"] = np.zeros(widths[l])
    Y_train, Y_val = 0.8 * Y_train + 0.1, 0.8 * Y_val + 0.1
    train_loss, val_loss = [], []
    best, best_epoch, best_w, stale, epoch = np.inf, 0, None, 0, -1
    for epoch in range(epochs):
        order = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = order[start:start + batch_size]
            out, trace = _r25b_run(w, X_train[idx], L)
            delta = _r25b_error(out, Y_train[idx])[1]
            for l in range(L, 0, -1):
                o_below, _ = trace[l - 1]
                dW, db = o_below.T @ delta, delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ w[f"W{l}"].T) * (trace[l - 2][1] > 0)
                w[f"W{l}"] -= eta * dW
                w[f"b{l}"] -= eta * db
        train_loss.append(_r25b_error(_r25b_run(w, X_train, L)[0], Y_train)[0])
        val_loss.append(_r25b_error(_r25b_run(w, X_val, L)[0], Y_val)[0])
        if val_loss[-1] < best:
            best, best_epoch, best_w, stale = val_loss[-1], epoch, {k: v.copy() for k, v in w.items()}, 0
        else:
            stale += 1
            if stale >= patience:
                break
    return {"params": best_w, "train_loss": train_loss, "val_loss": val_loss, "best_epoch": best_epoch,
            "stop_epoch": epoch}
