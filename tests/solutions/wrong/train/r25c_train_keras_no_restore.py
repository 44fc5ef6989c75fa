"""train.train_classifier: Keras's restore_best_weights=False default: returns the LAST epoch's params, reporting the best epoch."""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss, val_loss = [], []
    best, best_epoch, wait = np.inf, 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = perm[start:start + batch_size]
            grads = _gradients(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_loss(params, X_train, Y_train))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, wait = val_loss[-1], epoch, 0
        else:
            wait += 1
        if wait >= patience:
            break
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
