"""train.train_classifier: Records the losses the nnfs way, -log of the softmax probability clipped to [1e-7, 1 -
1e-7]: a confidently wrong example costs at most 16.1, so the curves are not the losses of the weights.
"""

def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Records the losses the nnfs way, -log of the softmax probability clipped to [1e-7, 1 - 1e-7]: a confidently wrong example costs at most 16.1, so the curves are not the losses of the weights."""
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)

    def loss_of(X, Y):
        logits, _ = _forward(X, params)
        probs = np.exp(_log_softmax(logits))
        return float(-np.log(np.clip((probs * Y).sum(1), 1e-7, 1 - 1e-7)).mean())

    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for k in range(0, len(X_train), batch_size):
            ix = perm[k:k + batch_size]
            grads = _gradients(params, X_train[ix], Y_train[ix])
            params = {p: params[p] - eta * grads[p] for p in params}
        train_loss.append(loss_of(X_train, Y_train))
        val_loss.append(loss_of(X_val, Y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, bad = val_loss[-1], epoch, params, 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
