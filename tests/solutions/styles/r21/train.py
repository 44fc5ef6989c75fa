"""Capstone, Rojas's extended network: every layer's input carries a constant 1, so a layer is one matrix
W_ext = [W; b] (n_in + 1, n_out); its derivatives D = diag(relu'(z)) are kept from the forward step."""

import numpy as np


def _extend(A):
    """A (n, k) with a column of ones appended: the bias input."""
    return np.column_stack([A, np.ones(A.shape[0])])


def _forward(Ws, X):
    """(logits, extended inputs of each layer, D of each hidden layer as a 0/1 mask = diag entries)."""
    A, inputs, Ds = X, [], []
    for l, W in enumerate(Ws):
        Ae = _extend(A)
        inputs.append(Ae)
        z = Ae @ W
        if l < len(Ws) - 1:
            D = (z > 0).astype(float)
            Ds.append(D)
            A = z * D
        else:
            A = z
    return A, inputs, Ds


def _softmax_ce(logits, Y):
    """(mean cross-entropy, dL/dlogits) with each row's max subtracted."""
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    n = logits.shape[0]
    return float(-(Y * log_p).sum() / n), (np.exp(log_p) - Y) / n


def _loss(Ws, X, Y):
    return _softmax_ce(_forward(Ws, X)[0], Y)[0]


def _gradients(Ws, X, Y):
    """dL/dW_ext per layer: delta of the output, then delta_l = D_l (W_{l+1} without its bias row) delta_{l+1}."""
    logits, inputs, Ds = _forward(Ws, X)
    delta = _softmax_ce(logits, Y)[1]
    grads = [None] * len(Ws)
    for l in range(len(Ws) - 1, -1, -1):
        grads[l] = inputs[l].T @ delta  # crossprod(input, delta)
        if l > 0:
            delta = (delta @ Ws[l][:-1].T) * Ds[l - 1]
    return grads


def _params(Ws):
    """The extended matrices as the documented {"W1", "b1", ...}."""
    out = {}
    for l, W in enumerate(Ws, start=1):
        out[f"W{l}"], out[f"b{l}"] = W[:-1].copy(), W[-1].copy()
    return out


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Mini-batch SGD with early stopping; returns the best epoch's params and both loss curves."""
    X, Y = np.asarray(X_train, dtype=float), np.asarray(Y_train, dtype=float)
    Xv, Yv = np.asarray(X_val, dtype=float), np.asarray(Y_val, dtype=float)
    rng = np.random.default_rng(seed)
    widths = [X.shape[1], *hidden, Y.shape[1]]
    Ws = [np.vstack([np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out)), np.zeros((1, n_out))])
          for n_in, n_out in zip(widths[:-1], widths[1:])]
    N = X.shape[0]
    train_loss, val_loss = [], []
    best, best_epoch, best_Ws, waited = np.inf, 0, Ws, 0
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = perm[start:start + batch_size]
            Ws = [W - eta * g for W, g in zip(Ws, _gradients(Ws, X[idx], Y[idx]))]
        train_loss.append(_loss(Ws, X, Y))
        val_loss.append(_loss(Ws, Xv, Yv))
        if val_loss[-1] < best:
            best, best_epoch, best_Ws, waited = val_loss[-1], epoch, Ws, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return {"params": _params(best_Ws), "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
