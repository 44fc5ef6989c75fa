"""train.train_classifier: records the summed (not mean) cross-entropy over each set for the curves and early stopping."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1]] + list(hidden) + [Y_train.shape[1]]
    n_layers = len(widths) - 1
    params = {}
    for l in range(1, n_layers + 1):
        params["W%d" % l] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params["b%d" % l] = np.zeros(widths[l])

    def forward(X):
        outs = [X]
        for l in range(1, n_layers + 1):
            z = outs[-1] @ params["W%d" % l] + params["b%d" % l]
            outs.append(z if l == n_layers else np.maximum(z, 0.0))
        return outs

    def mean_loss(X, Y):
        z = forward(X)[-1]
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-(Y * logp).sum())

    train_curve, val_curve = [], []
    best_loss, best_epoch, best_params, bad = np.inf, 0, None, 0
    n = len(X_train)
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            outs = forward(X_train[idx])
            z = outs[-1] - outs[-1].max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            delta = (p - Y_train[idx]) / len(idx)
            grads = {}
            for l in range(n_layers, 0, -1):
                grads["W%d" % l] = outs[l - 1].T @ delta
                grads["b%d" % l] = delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params["W%d" % l].T) * (outs[l - 1] > 0)
            params = {k: params[k] - eta * grads[k] for k in params}
        train_curve.append(mean_loss(X_train, Y_train))
        val_curve.append(mean_loss(X_val, Y_val))
        if val_curve[-1] < best_loss:
            best_loss, best_epoch, best_params, bad = val_curve[-1], epoch, dict(params), 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_curve, "val_loss": val_curve,
            "best_epoch": best_epoch, "stop_epoch": epoch}
