"""A correct solution of exercises/regularization.py, style r6: dict comprehensions, einsum squares, a Dropout object."""
import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    total = 0.0
    for key, value in params.items():
        if _is_weight(key):
            w = np.asarray(value, dtype=np.float64).ravel()
            total += float(np.einsum("i,i->", w, w))
    return float(lam) / 2.0 * total


def l2_gradient(params, lam):
    return {k: (float(lam) * np.asarray(v, dtype=np.float64) if _is_weight(k)
                else np.zeros_like(np.asarray(v, dtype=np.float64)))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    shrink = 1.0 - float(eta) * float(lam)
    return {k: (shrink if _is_weight(k) else 1.0) * np.asarray(v, dtype=np.float64)
            - float(eta) * np.asarray(grads[k], dtype=np.float64)
            for k, v in params.items()}


class _Dropout:
    def __init__(self, p):
        self.keep_prob = 1.0 - float(p)

    def mask(self, shape, rng):
        return (rng.random(shape) < self.keep_prob).astype(np.float64) / self.keep_prob


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = _Dropout(p).mask(A.shape, rng)
    else:
        mask = np.ones_like(A)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
