"""train.train_classifier: Samples each mini-batch as makemore does, ix = rng.integers(0, N, batch_size) (with
replacement), ceil(N / B) times per epoch, instead of cutting one permutation per epoch.
"""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Samples each mini-batch as makemore does, ix = rng.integers(0, N, batch_size) (with replacement), ceil(N / B) times per epoch, instead of cutting one permutation per epoch."""
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = len(X_train)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad = np.inf, 0, params, 0
    for epoch in range(epochs):
        for _ in range(-(-n // batch_size)):
            ix = rng.integers(0, n, (batch_size,))
            grads = _gradients(params, X_train[ix], Y_train[ix])
            params = {p: params[p] - eta * grads[p] for p in params}
        train_loss.append(_loss(params, X_train, Y_train))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, bad = val_loss[-1], epoch, params, 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
