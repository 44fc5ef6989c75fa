"""train.train_classifier: Theano's improvement_threshold = 0.995: an epoch counts as improving (and becomes the best) only when its validation loss is below 0.995 * best, not merely below best."""

def _r23t_forward(params, X, L):
    cache = [X]
    for l in range(1, L + 1):
        Z = cache[-1] @ params["W%d" % l] + params["b%d" % l]
        cache.append(np.maximum(Z, 0.0) if l < L else Z)
    return cache


def _r23t_nll(logits, Y):
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-np.mean(np.sum(logp * Y, axis=1))), np.exp(logp)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params["W%d" % l] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params["b%d" % l] = np.zeros(widths[l])
    n = X_train.shape[0]
    best, best_epoch, best_params, train_loss, val_loss = np.inf, 0, params, [], []
    epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            acts = _r23t_forward(params, X_train[idx], L)
            _, p = _r23t_nll(acts[-1], Y_train[idx])
            dZ = (p - Y_train[idx]) / len(idx)
            grads = {}
            for l in range(L, 0, -1):
                grads["W%d" % l] = acts[l - 1].T @ dZ
                grads["b%d" % l] = dZ.sum(axis=0)
                if l > 1:
                    dZ = (dZ @ params["W%d" % l].T) * (acts[l - 1] > 0)
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_r23t_nll(_r23t_forward(params, X_train, L)[-1], Y_train)[0])
        val_loss.append(_r23t_nll(_r23t_forward(params, X_val, L)[-1], Y_val)[0])
        if val_loss[-1] < best * 0.995:
            best, best_epoch, best_params = val_loss[-1], epoch, params
        elif epoch - best_epoch >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
