"""train.train_classifier: an epoch whose validation loss equals the best so far counts as an improvement (<= instead of <)."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    def forward(params, X):
        a, cache = X, []
        for l in range(1, L + 1):
            z = a @ params[f"W{l}"] + params[f"b{l}"]
            cache.append((a, z))
            a = z if l == L else np.maximum(z, 0)
        return a, cache

    def loss_grad(logits, Y):
        s = logits - logits.max(axis=1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        return float(-(Y * logp).sum() / len(Y)), (np.exp(logp) - Y) / len(Y)

    def mean_loss(params, X, Y):
        return loss_grad(forward(params, X)[0], Y)[0]

    def step(params, X, Y):
        logits, cache = forward(params, X)
        batch_loss, delta = loss_grad(logits, Y)
        grads = {}
        for l in range(L, 0, -1):
            a, z = cache[l - 1]
            grads[f"W{l}"], grads[f"b{l}"] = a.T @ delta, delta.sum(0)
            if l > 1:
                delta = (delta @ params[f"W{l}"].T) * (cache[l - 2][1] > 0)
        return {k: params[k] - eta * grads[k] for k in params}, batch_loss

    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    n = len(X_train)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait, stop = np.inf, 0, params, 0, 0
    for epoch in range(epochs):
        stop = epoch
        perm = rng.permutation(n)
        for s in range(0, n, batch_size):
            params, _ = step(params, X_train[perm[s:s + batch_size]], Y_train[perm[s:s + batch_size]])
        train_loss.append(mean_loss(params, X_train, Y_train))
        val_loss.append(mean_loss(params, X_val, Y_val))
        if val_loss[-1] <= best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss, "best_epoch": best_epoch,
            "stop_epoch": stop}
