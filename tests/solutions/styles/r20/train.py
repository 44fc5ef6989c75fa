"""train in the r20 habit: Prince's beta/Omega lists, all_dl_dbiases/all_dl_dweights, Geron's best-model copy."""

import numpy as np


def _forward(all_weights, all_biases, X):
    """Returns the pre-activations all_f and the layer inputs all_h (all_h[0] = X)."""
    all_h, all_f = [X], []
    K = len(all_weights)
    for k in range(K):
        f = all_biases[k] + all_h[k] @ all_weights[k]  # f_k = beta_k + Omega_k h_k, row-wise
        all_f.append(f)
        if k < K - 1:
            all_h.append(f * (f > 0))
    return all_f, all_h


def _log_softmax(f):
    shifted = f - f.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _loss(all_weights, all_biases, X, Y):
    all_f, _ = _forward(all_weights, all_biases, X)
    return float(-np.mean(np.sum(Y * _log_softmax(all_f[-1]), axis=1)))


def _backward(all_weights, all_biases, X, Y):
    all_f, all_h = _forward(all_weights, all_biases, X)
    K = len(all_weights)
    all_dl_dweights, all_dl_dbiases = [None] * K, [None] * K
    dl_df = (np.exp(_log_softmax(all_f[-1])) - Y) / X.shape[0]
    for k in range(K - 1, -1, -1):
        all_dl_dbiases[k] = dl_df.sum(axis=0)
        all_dl_dweights[k] = all_h[k].T @ dl_df
        if k > 0:
            dl_dh = dl_df @ all_weights[k].T
            dl_df = dl_dh * (all_f[k - 1] > 0)  # ReLU derivative as the indicator I[f > 0]
    return all_dl_dweights, all_dl_dbiases


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    D = [X_train.shape[1], *hidden, Y_train.shape[1]]
    all_weights = [np.sqrt(2.0 / D[k]) * rng.standard_normal((D[k], D[k + 1])) for k in range(len(D) - 1)]
    all_biases = [np.zeros(D[k + 1]) for k in range(len(D) - 1)]
    m = X_train.shape[0]
    train_loss, val_loss = [], []
    best_valid_loss, best_epoch, best_model = np.inf, 0, None
    epochs_without_progress, stop_epoch = 0, 0
    for epoch in range(epochs):
        perm = rng.permutation(m)
        for start in range(0, m, batch_size):
            idx = perm[start:start + batch_size]
            dW, db = _backward(all_weights, all_biases, X_train[idx], Y_train[idx])
            all_weights = [W - eta * g for W, g in zip(all_weights, dW)]
            all_biases = [b - eta * g for b, g in zip(all_biases, db)]
        train_loss.append(_loss(all_weights, all_biases, X_train, Y_train))
        val_loss.append(_loss(all_weights, all_biases, X_val, Y_val))
        stop_epoch = epoch
        if val_loss[-1] < best_valid_loss:
            best_valid_loss, best_epoch = val_loss[-1], epoch
            best_model = ([W.copy() for W in all_weights], [b.copy() for b in all_biases])
            epochs_without_progress = 0
        else:
            epochs_without_progress += 1
            if epochs_without_progress >= patience:
                break
    params = {}
    for k, (W, b) in enumerate(zip(*best_model), start=1):
        params[f"W{k}"], params[f"b{k}"] = W, b
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
