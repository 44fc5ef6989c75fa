"""L2 weight decay and inverted dropout.

L2 adds (lambda / 2) * sum of W^2 over the weight matrices (keys starting with
"W"; biases are never penalised) to the loss. Its gradient is lambda * W, so a
gradient step becomes the weight-decay update

    W <- (1 - eta * lambda) * W - eta * dL_data/dW

(w = 4, eta = 0.1, lambda = 0.01, zero data gradient: 0.999 * 4 = 3.996).

Inverted dropout with p = the probability of DROPPING a unit: in training each
unit is kept when rng.random(A.shape) >= p and survivors are scaled by
1 / (1 - p), so the expected activation is unchanged and evaluation is the identity.
"""

import numpy as np


def _is_weight(name):
    return name.startswith("W")


def l2_penalty(params, lam):
    """(lam / 2) * sum_l sum(W_l^2) over the keys of `params` starting with "W"; biases excluded. Returns a float."""
    return float(lam / 2 * sum(np.sum(np.square(v)) for k, v in params.items() if _is_weight(k)))


def l2_gradient(params, lam):
    """Gradient of l2_penalty: {k: lam * W_k} for weights, zeros of the same shape for every other key."""
    return {k: lam * np.asarray(v, dtype=float) if _is_weight(k) else np.zeros_like(v, dtype=float)
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    """One gradient step on data loss + L2 penalty.

    Weights: W <- (1 - eta * lam) * W - eta * grads[W]; biases: b <- b - eta * grads[b].
    params, grads: dicts with the same keys (grads are of the data loss only).
    Returns a new dict.
    """
    decay = l2_gradient(params, lam)
    return {k: params[k] - eta * (grads[k] + decay[k]) for k in params}


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout of activations A (any shape, e.g. (batch, n)) with drop probability p in [0, 1).

    train: each entry is dropped with probability p, independently, drawing only from the Generator rng
           (e.g. keep = rng.random(A.shape) >= p; any such rule, never np.random: one seed, one mask)
           mask = keep / (1 - p)              out = A * mask
    eval:  mask = ones, out = A               (rng is not used: nothing is drawn from it)
    Returns (out, cache) with cache = {"mask": mask}, mask the same shape as A.
    """
    if not 0 <= p < 1:
        raise ValueError(f"dropout probability p={p} must be in [0, 1): it is the chance of dropping a unit")
    if mode == "train":
        mask = (rng.random(A.shape) >= p) / (1 - p)
    elif mode == "eval":
        mask = np.ones(np.shape(A))
    else:
        raise ValueError(f"unknown dropout mode {mode!r}: use 'train' or 'eval'")
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    """Gradient through dropout: dA = dout * cache["mask"] (same shape as dout)."""
    return dout * cache["mask"]
