"""train.train_classifier: makes np.random.default_rng(seed) anew every epoch for the shuffle, so every epoch visits the batches in the same order."""


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])

    def forward(P, X):
        acts = [X]
        for l in range(1, L + 1):
            z = acts[-1] @ P[f"W{l}"] + P[f"b{l}"]
            acts.append(z if l == L else np.maximum(z, 0))
        return acts

    def log_probs(logits):
        s = logits - logits.max(axis=1, keepdims=True)
        return s - np.log(np.exp(s).sum(axis=1, keepdims=True))

    def loss(P, X, Y):
        return float(-np.mean(np.sum(Y * log_probs(forward(P, X)[-1]), axis=1)))

    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad, epoch = np.inf, 0, params, 0, 0
    for epoch in range(epochs):
        perm = np.random.default_rng(seed).permutation(len(X_train))
        for start in range(0, len(perm), batch_size):
            idx = perm[start:start + batch_size]
            acts = forward(params, X_train[idx])
            delta = (np.exp(log_probs(acts[-1])) - Y_train[idx]) / len(idx)
            grads = {}
            for l in range(L, 0, -1):
                grads[f"W{l}"] = acts[l - 1].T @ delta
                grads[f"b{l}"] = delta.sum(axis=0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
            params = {k: v - eta * grads[k] for k, v in params.items()}
        train_loss.append(loss(params, X_train, Y_train))
        val_loss.append(loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, bad = val_loss[-1], epoch, params, 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": epoch}
