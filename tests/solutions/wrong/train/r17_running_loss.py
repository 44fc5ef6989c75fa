"""train.train_classifier: the training curve records the mean of the batch losses met during the epoch, not the loss of the epoch's weights.

Habit: scikit-learn's loss_curve_ (accumulated_loss / n_samples over the epoch's batches).
"""


def _r17_running_loss_fwd(params, X, L):
    """Activations list [X, a1, ..., logits]: ReLU hidden layers, identity output."""
    acts = [X]
    for l in range(1, L + 1):
        z = acts[-1] @ params[f"W{l}"] + params[f"b{l}"]
        acts.append(z if l == L else np.maximum(z, 0.0))
    return acts


def _r17_running_loss_loss_prob(logits, Y):
    s = logits - logits.max(1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(1, keepdims=True))
    return float(-(Y * logp).sum() / Y.shape[0]), np.exp(logp)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    L = len(widths) - 1
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    B = batch_size
    tr, va, best, best_epoch, bad, stop, best_params = [], [], np.inf, 0, 0, 0, None
    for epoch in range(epochs):
        perm = rng.permutation(X_train.shape[0])
        acc = 0.0
        for s in range(0, len(perm), B):
            idx = perm[s:s + B]
            acts = _r17_running_loss_fwd(params, X_train[idx], L)
            loss, prob = _r17_running_loss_loss_prob(acts[-1], Y_train[idx])
            acc += loss * len(idx)
            delta = (prob - Y_train[idx]) / len(idx)
            for l in range(L, 0, -1):
                gW, gb = acts[l - 1].T @ delta, delta.sum(0)
                if l > 1:
                    delta = (delta @ params[f"W{l}"].T) * (acts[l - 1] > 0)
                params[f"W{l}"] = params[f"W{l}"] - eta * gW
                params[f"b{l}"] = params[f"b{l}"] - eta * gb
        tr.append(acc / X_train.shape[0])
        va.append(_r17_running_loss_loss_prob(_r17_running_loss_fwd(params, X_val, L)[-1], Y_val)[0])
        stop = epoch
        if va[-1] < best:
            best, best_epoch, bad = va[-1], epoch, 0
            best_params = {k: v.copy() for k, v in params.items()}
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": tr, "val_loss": va, "best_epoch": best_epoch, "stop_epoch": stop}
