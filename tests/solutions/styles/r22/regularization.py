"""L2 weight decay and inverted dropout, np.matrix-era: np.multiply for elementwise, float() of the sums."""

import numpy as np


def l2_penalty(params, lam):
    """(lam / 2) * sum of squared weights (keys starting with "W"); float."""
    total = 0.0
    for k in sorted(params):
        if k.startswith("W"):
            W = np.asarray(params[k], dtype=np.float64)
            total += float(np.multiply(W, W).sum())
    return 0.5 * lam * total


def l2_gradient(params, lam):
    """{k: lam * W_k} for weights, zeros of the same shape for the others."""
    return {k: (np.multiply(lam, params[k]) if k.startswith("W") else np.zeros(np.shape(params[k])))
            for k in params}


def weight_decay_step(params, grads, eta, lam):
    """W <- (1 - eta lam) W - eta dW; b <- b - eta db; a new dict."""
    new = {}
    for k in params:
        decay = (1.0 - eta * lam) if k.startswith("W") else 1.0
        new[k] = np.subtract(np.multiply(decay, params[k]), np.multiply(eta, grads[k]))
    return new


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout; returns (out, {"mask": mask})."""
    A = np.asarray(A)
    if mode != "train":
        mask = np.ones(A.shape)
        return np.array(A, dtype=np.result_type(A.dtype, np.float32), copy=True), {"mask": mask}
    keep = rng.random(A.shape) >= p
    mask = np.divide(keep, 1.0 - p)
    return np.multiply(A, mask), {"mask": mask}


def dropout_backward(dout, cache):
    """dA = dout * mask (elementwise)."""
    return np.multiply(np.asarray(dout), cache["mask"])
