"""L2 and dropout with einsum (einsum style)."""

import numpy as np


def l2_penalty(params, lam):
    total = 0.0
    for k, v in params.items():
        if k.startswith("W"):
            w = np.asarray(v, dtype=np.float64).reshape(-1)
            total += np.einsum("i,i->", w, w)
    return float(0.5 * lam * total)


def l2_gradient(params, lam):
    return {k: (lam * np.asarray(v, dtype=np.float64) if k.startswith("W")
                else np.zeros_like(np.asarray(v, dtype=np.float64)))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    out = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        g = np.asarray(grads[k], dtype=np.float64)
        shrink = (1.0 - eta * lam) if k.startswith("W") else 1.0
        out[k] = shrink * v - eta * g
    return out


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep = rng.random(A.shape) >= p
    mask = keep.astype(np.float64) / (1.0 - p)
    return np.einsum("...,...->...", A, mask), {"mask": mask}


def dropout_backward(dout, cache):
    return np.einsum("...,...->...", np.asarray(dout, dtype=np.float64), cache["mask"])
