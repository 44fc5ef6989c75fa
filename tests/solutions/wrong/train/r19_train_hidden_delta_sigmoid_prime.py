"""train.train_classifier: Hidden error terms use Mitchell's o_h (1 - o_h) factor (the sigmoid's derivative) on the ReLU
layers instead of ReLU's derivative (v_h > 0).
"""

def _r19hd_init(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _r19hd_forward(params, X, n_layers):
    """Outputs y_l of every layer (y_0 = X) and the induced local fields v_l; the last v is the logits."""
    ys, vs = [X], []
    for l in range(1, n_layers + 1):
        v = ys[-1] @ params[f"W{l}"] + params[f"b{l}"]
        vs.append(v)
        ys.append(np.maximum(v, 0.0) if l < n_layers else v)
    return ys, vs


def _r19hd_softmax(v):
    shifted = v - v.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def _r19hd_loss(params, X, T, n_layers):
    logits = _r19hd_forward(params, X, n_layers)[1][-1]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-np.mean(np.sum(T * log_probs, axis=1)))


def _r19hd_delta_rule_step(params, X, T, eta, n_layers):
    """One mini-batch step of the generalized delta rule; a new params dict."""
    ys, vs = _r19hd_forward(params, X, n_layers)
    delta = (T - _r19hd_softmax(vs[-1])) / X.shape[0]  # error terms, target minus output
    new = {}
    for l in range(n_layers, 0, -1):
        new[f"W{l}"] = params[f"W{l}"] + eta * ys[l - 1].T @ delta
        new[f"b{l}"] = params[f"b{l}"] + eta * delta.sum(axis=0)
        if l > 1:
            o_h = ys[l - 1]
            delta = o_h * (1.0 - o_h) * (delta @ params[f"W{l}"].T)
    return new


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Hidden error terms use Mitchell's o_h (1 - o_h) factor (the sigmoid's derivative) on the ReLU layers instead of ReLU's derivative (v_h > 0)."""
    X_train, Y_train = np.asarray(X_train, dtype=float), np.asarray(Y_train, dtype=float)
    X_val, Y_val = np.asarray(X_val, dtype=float), np.asarray(Y_val, dtype=float)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    n_layers = len(widths) - 1
    rng = np.random.default_rng(seed)
    params = _r19hd_init(widths, rng)
    train_loss, val_loss = [], []
    best = {"loss": np.inf, "epoch": 0, "params": params}
    waited = 0
    epoch = 0
    for epoch in range(epochs):
        order = rng.permutation(X_train.shape[0])
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            params = _r19hd_delta_rule_step(params, X_train[batch], Y_train[batch], eta, n_layers)
        train_loss.append(_r19hd_loss(params, X_train, Y_train, n_layers))
        val_loss.append(_r19hd_loss(params, X_val, Y_val, n_layers))
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
