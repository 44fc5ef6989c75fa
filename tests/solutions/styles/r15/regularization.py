"""L2 weight decay and inverted dropout, in the "penalty folded into the gradient" form.

weight_decay_step adds lam * W to the data gradient (what torch.optim.SGD's
weight_decay does), which is the same step as (1 - eta lam) W - eta g.
Dropout draws its uniforms in float32 (half the memory) but builds a float64 mask.
"""

import math

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    total = 0.0
    for key in params:
        if _is_weight(key):
            w = np.asarray(params[key], dtype=float).ravel()
            total += float(w @ w)
    return 0.5 * lam * total


def l2_gradient(params, lam):
    return {key: (lam * np.asarray(v, dtype=float) if _is_weight(key) else np.zeros(np.shape(v)))
            for key, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    penalty_grad = l2_gradient(params, lam)
    return {key: np.asarray(params[key], dtype=float) - eta * (np.asarray(grads[key], dtype=float) + penalty_grad[key])
            for key in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape)}
    keep = rng.random(A.shape, dtype=np.float32) >= np.float32(p)
    mask = keep.astype(np.float64) * (1.0 / (1.0 - p))
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
