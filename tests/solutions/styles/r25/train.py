"""The capstone in the PDP volumes' words (Rumelhart, Hinton & Williams 1986): net_j = sum_i w_ji o_i + bias_j,
o_j = f(net_j), delta_j of the output from the error, delta_j of a hidden unit = f'(net_j) sum_k delta_k w_kj,
weight change = -epsilon * delta_j o_i (here summed over each mini-batch of patterns)."""

import numpy as np


def _he_weights(widths, rng):
    weights = {}
    for l in range(1, len(widths)):
        fan_in, fan_out = widths[l - 1], widths[l]
        weights[f"W{l}"] = np.sqrt(2.0 / fan_in) * rng.standard_normal((fan_in, fan_out))
        weights[f"b{l}"] = np.zeros(fan_out)
    return weights


def _forward(weights, patterns, n_layers):
    """Returns the output units' net inputs and, per layer, (o of the layer below, net of the layer)."""
    o = patterns
    trace = []
    for l in range(1, n_layers + 1):
        net = o @ weights[f"W{l}"] + weights[f"b{l}"]
        trace.append((o, net))
        o = np.maximum(net, 0.0) if l < n_layers else net
    return o, trace


def _error(net_out, targets):
    """Mean cross-entropy of softmax(net_out) and, from the same shifted nets, the output deltas dE/dnet."""
    shifted = net_out - net_out.max(axis=1, keepdims=True)
    log_z = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_z
    n_patterns = targets.shape[0]
    error = float(-(targets * log_p).sum() / n_patterns)
    return error, (np.exp(log_p) - targets) / n_patterns


def _weight_changes(weights, trace, delta, n_layers):
    changes = {}
    for l in range(n_layers, 0, -1):
        o_below, _net = trace[l - 1]
        changes[f"W{l}"] = o_below.T @ delta
        changes[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            net_below = trace[l - 2][1]
            delta = (delta @ weights[f"W{l}"].T) * (net_below > 0.0)
    return changes


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    epsilon = eta  # the PDP learning rate
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    n_layers = len(widths) - 1
    weights = _he_weights(widths, rng)
    n_patterns = X_train.shape[0]

    train_error, val_error = [], []
    best_weights, best_epoch, best_error, stale = None, 0, np.inf, 0
    epoch = -1
    for epoch in range(epochs):
        order = rng.permutation(n_patterns)
        for start in range(0, n_patterns, batch_size):
            batch = order[start:start + batch_size]
            net_out, trace = _forward(weights, X_train[batch], n_layers)
            _e, delta = _error(net_out, Y_train[batch])
            for name, change in _weight_changes(weights, trace, delta, n_layers).items():
                weights[name] -= epsilon * change  # our own arrays, made by _he_weights
        train_error.append(_error(_forward(weights, X_train, n_layers)[0], Y_train)[0])
        val_error.append(_error(_forward(weights, X_val, n_layers)[0], Y_val)[0])
        if val_error[-1] < best_error:
            best_error, best_epoch, stale = val_error[-1], epoch, 0
            best_weights = {name: w.copy() for name, w in weights.items()}
        else:
            stale += 1
            if stale >= patience:
                break
    return {"params": best_weights, "train_loss": train_error, "val_loss": val_error,
            "best_epoch": best_epoch, "stop_epoch": epoch}
