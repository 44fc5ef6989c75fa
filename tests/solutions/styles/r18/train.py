"""The capstone, written like makemore's MLP with the manual backward pass of 'becoming a backprop ninja'.

Forward: h = relu(hpre) per hidden layer, logits, then the cross-entropy with
the logit-max subtraction; backward: dlogits = softmax(logits);
dlogits[range(n), y] -= 1; dlogits /= n, then line by line back through the
layers. The targets come one-hot, so y = Y.argmax(1).
"""

import numpy as np


def _init(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        fan_in = widths[l - 1]
        params[f"W{l}"] = (2.0 / fan_in) ** 0.5 * rng.standard_normal((fan_in, widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _forward(params, X, n_layers):
    hs = [X]
    hpres = []
    h = X
    for l in range(1, n_layers + 1):
        hpre = h @ params[f"W{l}"] + params[f"b{l}"]
        hpres.append(hpre)
        h = hpre if l == n_layers else np.maximum(hpre, 0.0)
        hs.append(h)
    return hs, hpres


def _loss_and_dlogits(logits, Yb):
    n = logits.shape[0]
    yb = Yb.argmax(1)
    logit_maxes = logits.max(1, keepdims=True)
    norm_logits = logits - logit_maxes
    counts = np.exp(norm_logits)
    counts_sum = counts.sum(1, keepdims=True)
    logprobs = norm_logits - np.log(counts_sum)
    loss = -logprobs[range(n), yb].mean()
    dlogits = counts / counts_sum
    dlogits[range(n), yb] -= 1
    dlogits /= n
    return float(loss), dlogits


def _backward(params, hs, hpres, dlogits, n_layers):
    grads = {}
    dh = dlogits
    for l in range(n_layers, 0, -1):
        dhpre = dh if l == n_layers else dh * (hpres[l - 1] > 0)
        grads[f"W{l}"] = hs[l - 1].T @ dhpre
        grads[f"b{l}"] = dhpre.sum(0)
        dh = dhpre @ params[f"W{l}"].T
    return grads


def _loss(params, X, Y, n_layers):
    hs, _ = _forward(params, X, n_layers)
    return _loss_and_dlogits(hs[-1], Y)[0]


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train an MLP classifier with mini-batch SGD and early stopping; return the best epoch's weights."""
    Xtr = np.asarray(X_train, dtype=float)
    Ytr = np.asarray(Y_train, dtype=float)
    Xva = np.asarray(X_val, dtype=float)
    Yva = np.asarray(Y_val, dtype=float)
    widths = [Xtr.shape[1], *hidden, Ytr.shape[1]]
    L = len(widths) - 1
    rng = np.random.default_rng(seed)
    params = _init(widths, rng)
    n = Xtr.shape[0]
    lossi, vlossi = [], []
    best = float("inf")
    best_params, best_epoch, bad = params, 0, 0
    stop_epoch = 0
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for k in range(0, n, batch_size):
            ix = perm[k:k + batch_size]
            hs, hpres = _forward(params, Xtr[ix], L)
            _, dlogits = _loss_and_dlogits(hs[-1], Ytr[ix])
            grads = _backward(params, hs, hpres, dlogits, L)
            params = {p: params[p] - eta * grads[p] for p in params}
        lossi.append(_loss(params, Xtr, Ytr, L))
        vlossi.append(_loss(params, Xva, Yva, L))
        stop_epoch = epoch
        if vlossi[-1] < best:
            best, best_params, best_epoch, bad = vlossi[-1], params, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": lossi, "val_loss": vlossi,
            "best_epoch": best_epoch, "stop_epoch": stop_epoch}
