"""train.train_classifier: the output delta is softmax - Y without dividing by the batch size (gradient of the summed loss, steps 32 times too big)."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    sizes = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(sizes) - 1
    P = {}
    for l in range(1, L + 1):
        P[f"W{l}"] = np.sqrt(2 / sizes[l - 1]) * rng.standard_normal((sizes[l - 1], sizes[l]))
        P[f"b{l}"] = np.zeros(sizes[l])

    def fwd(X):
        acts = [X]
        for l in range(1, L + 1):
            Z = acts[-1] @ P[f"W{l}"] + P[f"b{l}"]
            acts.append(Z if l == L else np.maximum(Z, 0))
        return acts

    def loss(X, Y):
        Z = fwd(X)[-1]
        S = Z - Z.max(1, keepdims=True)
        return float(np.mean(np.log(np.exp(S).sum(1)) - (S * Y).sum(1)))

    tr, va, best, best_epoch, best_P, wait, epoch = [], [], np.inf, 0, None, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for s in range(0, len(perm), batch_size):
            i = perm[s:s + batch_size]
            acts = fwd(X_train[i])
            E = np.exp(acts[-1] - acts[-1].max(1, keepdims=True))
            d = E / E.sum(1, keepdims=True) - Y_train[i]
            for l in range(L, 0, -1):
                gW, gb = acts[l - 1].T @ d, d.sum(0)
                if l > 1:
                    d = d @ P[f"W{l}"].T * (acts[l - 1] > 0)
                P[f"W{l}"] = P[f"W{l}"] - eta * gW
                P[f"b{l}"] = P[f"b{l}"] - eta * gb
        tr.append(loss(X_train, Y_train))
        va.append(loss(X_val, Y_val))
        if va[-1] < best:
            best, best_epoch, best_P, wait = va[-1], epoch, {k: v.copy() for k, v in P.items()}, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": best_P, "train_loss": tr, "val_loss": va, "best_epoch": best_epoch, "stop_epoch": epoch}
