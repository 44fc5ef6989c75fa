"""regularization with vdot, the coupled form of weight decay, and a mask drawn in transposed order."""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    total = 0.0
    for key, value in params.items():
        if _is_weight(key):
            v = np.asarray(value, dtype=np.float64)
            total += float(np.vdot(v, v))
    return 0.5 * lam * total


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    # W - eta * (g + lam W) equals (1 - eta lam) W - eta g
    return {k: (v - eta * (grads[k] + lam * v)) if _is_weight(k) else (v - eta * grads[k])
            for k, v in params.items()}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape)}
    # any per-entry independent rule from rng: uniforms drawn in transposed order
    uniforms = rng.random(A.shape[::-1]).T
    mask = np.where(uniforms < 1.0 - p, 1.0 / (1.0 - p), 0.0)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
