"""train.train_classifier: Softmax without the logit-max subtraction (counts = exp(logits) directly): logits in the
thousands overflow to inf/nan with RuntimeWarnings.
"""

def _r18_probs(logits):
    counts = np.exp(logits)
    return counts / counts.sum(1, keepdims=True)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Softmax without the logit-max subtraction (counts = exp(logits) directly): logits in the thousands overflow to inf/nan with RuntimeWarnings."""
    rng = np.random.default_rng(seed)
    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)

    def loss_of(X, Y):
        logits, _ = _forward(X, params)
        probs = _r18_probs(logits)
        return float(-np.log((probs * Y).sum(1)).mean())

    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad = np.inf, 0, params, 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for k in range(0, len(X_train), batch_size):
            ix = perm[k:k + batch_size]
            logits, caches = _forward(X_train[ix], params)
            dlogits = (_r18_probs(logits) - Y_train[ix]) / len(ix)
            grads = {}
            for l in range(len(caches), 0, -1):
                A_prev, Z = caches[l - 1]
                if l < len(caches):
                    dlogits = dlogits * (Z > 0)
                grads[f"W{l}"] = A_prev.T @ dlogits
                grads[f"b{l}"] = dlogits.sum(0)
                dlogits = dlogits @ params[f"W{l}"].T
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
