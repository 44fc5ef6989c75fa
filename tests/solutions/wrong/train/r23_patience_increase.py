"""train.train_classifier: the Theano tutorial's patience rule: training stops once the epoch reaches max(patience, 2 * best epoch) (patience_increase = 2), not after `patience` epochs in a row without improvement."""


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    best_validation_loss, best_iter, best_params, train_loss, val_loss = np.inf, 0, params, [], []
    epoch = 0
    stop_at = patience
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            grads = _gradients(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(_loss(params, X_train, Y_train))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best_validation_loss:
            # patience = max(patience, iter * patience_increase), iter counted in epochs
            stop_at = max(stop_at, epoch * 2)
            best_validation_loss, best_iter, best_params = val_loss[-1], epoch, params
        elif epoch >= stop_at:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_iter, "stop_epoch": epoch}
