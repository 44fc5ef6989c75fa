"""Weight decay as in UFLDL's sparse autoencoder: cost += (lambda/2) * (sum(W1(:).^2) + sum(W2(:).^2)),
W1grad = W1grad + lambda * W1 (biases never decayed). Dropout is not in UFLDL: the stub's inverted dropout.
"""

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    """(lambda/2) * sum over weight matrices of sum(W(:).^2)."""
    total = 0.0
    for k, W in params.items():
        if _is_weight(k):
            w = np.asarray(W, dtype=np.float64).ravel(order="F")
            total += float(w @ w)
    return float((lam / 2.0) * total)


def l2_gradient(params, lam):
    """lambda * W for weights, zeros(size(b)) for the rest."""
    return {k: (lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v)))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    """W = W - eta * (Wgrad + lambda * W); b = b - eta * bgrad."""
    decay = l2_gradient(params, lam)
    return {k: np.asarray(params[k], dtype=np.float64) - eta * (np.asarray(grads[k], dtype=np.float64) + decay[k])
            for k in params}


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout: keep = rand >= p, mask = keep / (1 - p); eval: mask of ones."""
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) >= p) / (1.0 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    """dA = dout .* mask."""
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
