"""train.train_classifier: Records the training loss like makemore's lossi, the mean of the mini-batch losses met
during the epoch (each before its step), not the loss of the epoch's final weights on the whole training set.
"""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Records the training loss like makemore's lossi, the mean of the mini-batch losses met during the epoch (each before its step), not the loss of the epoch's final weights on the whole training set."""
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        lossi = []
        for k in range(0, len(X_train), batch_size):
            ix = perm[k:k + batch_size]
            lossi.append(_loss(params, X_train[ix], Y_train[ix]))
            grads = _gradients(params, X_train[ix], Y_train[ix])
            params = {p: params[p] - eta * grads[p] for p in params}
        train_loss.append(float(np.mean(lossi)))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, bad = val_loss[-1], epoch, params, 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
