"""Capstone MLP classifier (habit: scikit-learn's MLPClassifier internals: coefs_/intercepts_ lists,
_forward_pass filling an activations list, _backprop filling a deltas list, gen_batches over a shuffled
index, _no_improvement_count for early stopping, _best_coefs copies restored at the end)."""

import numpy as np


def _softmax_log_loss(logits, Y):
    """Mean cross-entropy of softmax(logits) against one-hot Y, and the probabilities; stable."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_prob = shifted - log_norm
    return float(-(Y * log_prob).sum() / Y.shape[0]), np.exp(log_prob)


def _forward_pass(coefs_, intercepts_, activations):
    """activations[0] is the input; ReLU hidden layers, identity output (the logits)."""
    n_layers = len(coefs_)
    for i in range(n_layers):
        z = activations[i] @ coefs_[i] + intercepts_[i]
        activations[i + 1] = z if i == n_layers - 1 else np.maximum(z, 0.0)
    return activations


def _backprop(coefs_, intercepts_, X, Y):
    """(loss, coef_grads, intercept_grads) on one batch; deltas[-1] = (softmax - Y) / n_samples."""
    n_samples = X.shape[0]
    activations = _forward_pass(coefs_, intercepts_, [X] + [None] * len(coefs_))
    loss, prob = _softmax_log_loss(activations[-1], Y)
    deltas = [None] * len(coefs_)
    deltas[-1] = (prob - Y) / n_samples
    for i in range(len(coefs_) - 1, 0, -1):
        deltas[i - 1] = (deltas[i] @ coefs_[i].T) * (activations[i] > 0)
    coef_grads = [activations[i].T @ deltas[i] for i in range(len(coefs_))]
    intercept_grads = [deltas[i].sum(axis=0) for i in range(len(coefs_))]
    return loss, coef_grads, intercept_grads


def _loss(coefs_, intercepts_, X, Y):
    return _softmax_log_loss(_forward_pass(coefs_, intercepts_, [X] + [None] * len(coefs_))[-1], Y)[0]


def _gen_batches(n, batch_size):
    """sklearn.utils.gen_batches: consecutive slices of batch_size, the last one shorter."""
    start = 0
    for _ in range(n // batch_size):
        yield slice(start, start + batch_size)
        start += batch_size
    if start < n:
        yield slice(start, n)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train an MLP classifier with mini-batch SGD and early stopping; return the best epoch's weights.

    X_train (N, d), Y_train (N, K) one-hot; X_val (M, d), Y_val (M, K); hidden: list of hidden widths.
    Network: widths [d, *hidden, K], ReLU hidden layers, linear output (logits); the loss is the
    mean cross-entropy of softmax(logits): params {"W1": (d, h1), "b1": (h1,), ..., "WL", "bL"}.
    rng = np.random.default_rng(seed); W_l = sqrt(2 / n_{l-1}) * rng.standard_normal((n_{l-1}, n_l)),
    layer 1 first (He), b_l = 0. Each epoch: perm = rng.permutation(N), batches perm[0:B], perm[B:2B], ...
    (the last may be shorter), one step params <- params - eta * grads per batch. After each epoch
    record the mean loss on the whole training set and on the validation set. Compute the loss and its
    gradient stably (each row's largest logit subtracted): logits in the thousands, and rows of very
    different scales, must give finite values and no warnings. ReLU'(0) is yours to choose: no graded
    run meets a hidden pre-activation exactly 0. Early stopping: an
    epoch improves when its validation loss is below the best so far; stop after `patience` epochs
    in a row without improvement (or after `epochs` epochs).
    Returns {"params": the params of the best epoch, "train_loss": [float per epoch run],
    "val_loss": [float per epoch run], "best_epoch": int, "stop_epoch": int} (epochs from 0).
    """
    X_train = np.asarray(X_train, dtype=np.float64)
    Y_train = np.asarray(Y_train, dtype=np.float64)
    X_val = np.asarray(X_val, dtype=np.float64)
    Y_val = np.asarray(Y_val, dtype=np.float64)
    random_state = np.random.default_rng(seed)
    layer_units = [X_train.shape[1], *hidden, Y_train.shape[1]]
    coefs_, intercepts_ = [], []
    for fan_in, fan_out in zip(layer_units[:-1], layer_units[1:]):
        coefs_.append(np.sqrt(2.0 / fan_in) * random_state.standard_normal((fan_in, fan_out)))
        intercepts_.append(np.zeros(fan_out))

    n_samples = X_train.shape[0]
    loss_curve_, validation_scores_ = [], []
    best_loss_, best_epoch, no_improvement_count = np.inf, 0, 0
    best_coefs, best_intercepts = None, None
    n_iter_ = 0
    for n_iter_ in range(epochs):
        sample_idx = random_state.permutation(n_samples)
        for batch_slice in _gen_batches(n_samples, batch_size):
            idx = sample_idx[batch_slice]
            _, coef_grads, intercept_grads = _backprop(coefs_, intercepts_, X_train[idx], Y_train[idx])
            coefs_ = [W - eta * g for W, g in zip(coefs_, coef_grads)]
            intercepts_ = [b - eta * g for b, g in zip(intercepts_, intercept_grads)]
        loss_curve_.append(_loss(coefs_, intercepts_, X_train, Y_train))
        validation_scores_.append(_loss(coefs_, intercepts_, X_val, Y_val))
        if validation_scores_[-1] < best_loss_:
            best_loss_, best_epoch, no_improvement_count = validation_scores_[-1], n_iter_, 0
            best_coefs = [W.copy() for W in coefs_]
            best_intercepts = [b.copy() for b in intercepts_]
        else:
            no_improvement_count += 1
        if no_improvement_count >= patience:
            break

    params = {}
    for layer, (W, b) in enumerate(zip(best_coefs, best_intercepts), start=1):
        params[f"W{layer}"], params[f"b{layer}"] = W, b
    return {"params": params, "train_loss": loss_curve_, "val_loss": validation_scores_,
            "best_epoch": best_epoch, "stop_epoch": n_iter_}
