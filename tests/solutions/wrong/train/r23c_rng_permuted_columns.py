"""train.train_classifier: each epoch shuffles with rng.permuted(X, axis=0) and rng.permuted(Y, axis=0), which shuffle every column on its own: pixels and labels no longer belong to their images."""


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        Xs, Ys = rng.permuted(X_train, axis=0), rng.permuted(Y_train, axis=0)
        for start in range(0, len(X_train), batch_size):
            grads = _gradients(params, Xs[start:start + batch_size], Ys[start:start + batch_size])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_loss(params, X_train, Y_train))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
