"""train.train_classifier: runs the solver of a copied prototxt, momentum 0.9 and weight_decay 0.0005, instead of the plain SGD step params - eta * grads."""


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    solver = {"base_lr": eta, "momentum": 0.9, "weight_decay": 0.0005}
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    history = {k: np.zeros_like(v) for k, v in params.items()}
    train_loss, val_loss = [], []
    best, best_epoch, best_params, wait = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for start in range(0, len(X_train), batch_size):
            idx = perm[start:start + batch_size]
            grads = _gradients(params, X_train[idx], Y_train[idx])
            history = {k: solver["momentum"] * history[k]
                       + solver["base_lr"] * (grads[k] + solver["weight_decay"] * params[k]) for k in params}
            params = {k: params[k] - history[k] for k in params}
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
