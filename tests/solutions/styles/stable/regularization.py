"""L2 with vdot; dropout mask from rng.uniform(size) < 1 - p (stable style)."""

import numpy as np


def l2_penalty(params, lam):
    return 0.5 * lam * float(sum(np.vdot(v, v) for k, v in params.items() if k.startswith("W")))


def l2_gradient(params, lam):
    return {k: np.multiply(lam, v, dtype=np.float64) if k.startswith("W") else np.zeros(np.shape(v))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: (v - eta * lam * v - eta * grads[k]) if k.startswith("W") else (v - eta * grads[k])
            for k, v in ((k, np.asarray(v, dtype=np.float64)) for k, v in params.items())}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        keep = rng.uniform(size=A.shape) < 1.0 - p
        mask = keep * (1.0 / (1.0 - p))
    else:
        mask = np.ones_like(A)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
