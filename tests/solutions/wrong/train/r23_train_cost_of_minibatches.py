"""train.train_classifier: train_loss[e] is the mean of the minibatch costs seen during epoch e (what the Theano tutorial prints), not the loss of the epoch's final weights on the whole training set."""


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)
    n = X_train.shape[0]
    best_validation_loss, best_iter, best_params, train_loss, val_loss = np.inf, 0, params, [], []
    epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        minibatch_avg_costs = []
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            minibatch_avg_costs.append(_loss(params, X_train[idx], Y_train[idx]))
            grads = _gradients(params, X_train[idx], Y_train[idx])
            params = {k: params[k] - eta * grads[k] for k in params}
        train_loss.append(float(np.mean(minibatch_avg_costs)))
        val_loss.append(_loss(params, X_val, Y_val))
        if val_loss[-1] < best_validation_loss:
            best_validation_loss, best_iter, best_params = val_loss[-1], epoch, params
        elif epoch - best_iter >= patience:
            break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_iter, "stop_epoch": epoch}
