"""train.train_classifier: returns the params of the last epoch run, not those of the best epoch (no restore)."""

def _r21_rl_forward(p, X, L):
    A, cache = X, []
    for l in range(1, L + 1):
        Z = A @ p[f"W{l}"] + p[f"b{l}"]
        cache.append((A, Z))
        A = np.maximum(Z, 0) if l < L else Z
    return A, cache


def _r21_rl_loss_grad(p, X, Y, L):
    logits, cache = _r21_rl_forward(p, X, L)
    z = logits - logits.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = float(-(Y * logp).sum() / len(X))
    delta, g = (np.exp(logp) - Y) / len(X), {}
    for l in range(L, 0, -1):
        A, Z = cache[l - 1]
        g[f"W{l}"], g[f"b{l}"] = A.T @ delta, delta.sum(axis=0)
        if l > 1:
            delta = (delta @ p[f"W{l}"].T) * (cache[l - 2][1] > 0)
    return loss, g


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    p = {}
    for l in range(1, L + 1):
        p[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        p[f"b{l}"] = np.zeros(widths[l])
    tr, va, best, best_epoch, best_p, waited = [], [], np.inf, 0, p, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for s in range(0, len(perm), batch_size):
            i = perm[s:s + batch_size]
            g = _r21_rl_loss_grad(p, X_train[i], Y_train[i], L)[1]
            p = {k: p[k] - eta * g[k] for k in p}
        tr.append(_r21_rl_loss_grad(p, X_train, Y_train, L)[0])
        va.append(_r21_rl_loss_grad(p, X_val, Y_val, L)[0])
        if va[-1] < best:
            best, best_epoch, best_p, waited = va[-1], epoch, p, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": p, "train_loss": tr, "val_loss": va, "best_epoch": best_epoch, "stop_epoch": len(va) - 1}
