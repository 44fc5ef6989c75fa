"""train.train_classifier: its loss and gradient shift the logits by the batch's global max, not each row's: a row far below another row's max underflows to log(0) (inf/NaN)."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    def log_softmax(Z):
        shifted = Z - Z.max()
        return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))

    def forward(X, params):
        layers = len(params) // 2
        A, caches = X, []
        for l in range(1, layers + 1):
            Z = A @ params[f"W{l}"] + params[f"b{l}"]
            caches.append((A, Z))
            A = np.maximum(Z, 0) if l < layers else Z
        return A, caches

    def loss(params, X, Y):
        return float(-np.sum(Y * log_softmax(forward(X, params)[0])) / len(X))

    def gradients(params, X, Y):
        logits, caches = forward(X, params)
        delta = (np.exp(log_softmax(logits)) - Y) / len(X)
        grads = {}
        for l in range(len(caches), 0, -1):
            A_prev, Z = caches[l - 1]
            if l < len(caches):
                delta = delta * (Z > 0)
            grads[f"W{l}"] = A_prev.T @ delta
            grads[f"b{l}"] = delta.sum(axis=0)
            delta = delta @ params[f"W{l}"].T
        return grads

    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = perm[start:start + batch_size]
            grads = gradients(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(loss(params, X_train, Y_train))
        val_loss.append(loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
