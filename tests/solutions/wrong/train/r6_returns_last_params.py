"""train.train_classifier: returns the last epoch's params, not the best epoch's."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])

    def forward(X, p):
        acts = [X]
        for l in range(1, L + 1):
            Z = acts[-1] @ p[f"W{l}"] + p[f"b{l}"]
            acts.append(Z if l == L else np.maximum(Z, 0))
        return acts

    def probs_and_loss(logits, Y):
        S = logits - logits.max(axis=1, keepdims=True)
        logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
        return np.exp(logp), float(-np.sum(Y * logp) / len(Y))

    N = X_train.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait, stop = np.inf, 0, dict(params), 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for s in range(0, N, batch_size):
            idx = perm[s:s + batch_size]
            acts = forward(X_train[idx], params)
            P, _ = probs_and_loss(acts[-1], Y_train[idx])
            delta = (P - Y_train[idx]) / len(idx)
            new = {}
            for l in range(L, 0, -1):
                new[f"W{l}"] = params[f"W{l}"] - eta * acts[l - 1].T @ delta
                new[f"b{l}"] = params[f"b{l}"] - eta * delta.sum(0)
                if l > 1:
                    delta = delta @ params[f"W{l}"].T * (acts[l - 1] > 0)
            params = new
        train_loss.append(probs_and_loss(forward(X_train, params)[-1], Y_train)[1])
        val_loss.append(probs_and_loss(forward(X_val, params)[-1], Y_val)[1])
        stop = epoch
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, dict(params), 0
        else:
            wait += 1
            if wait >= patience:
                break
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": stop}
