"""L2 and dropout, written by a C-trained student: a macro for the weight prefix, preallocated outputs, ufuncs with out=."""

import numpy as np

WEIGHT_PREFIX = "W"
HALF = 0.5


def _is_weight(key):
    return key.startswith(WEIGHT_PREFIX)


def l2_penalty(params, lam):
    acc = 0.0
    for key in params:
        if _is_weight(key):
            w = np.asarray(params[key], dtype=np.float64).ravel()
            acc += float(np.dot(w, w))      # sum of squares, like a BLAS ddot
    return HALF * lam * acc


def l2_gradient(params, lam):
    out = {}
    for key in params:
        w = np.asarray(params[key], dtype=np.float64)
        buf = np.zeros_like(w)
        if _is_weight(key):
            np.multiply(w, lam, out=buf)
        out[key] = buf
    return out


def weight_decay_step(params, grads, eta, lam):
    out = {}
    for key in params:
        p = np.asarray(params[key], dtype=np.float64)
        g = np.asarray(grads[key], dtype=np.float64)
        buf = np.empty_like(p)
        np.multiply(p, 1.0 - eta * lam if _is_weight(key) else 1.0, out=buf)
        buf -= eta * g
        out[key] = buf
    return out


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    mask = np.empty_like(A)
    if mode == "train":
        keep = rng.random(A.shape) >= p
        np.divide(keep, 1.0 - p, out=mask)
    else:
        mask.fill(1.0)
    out = np.empty_like(A)
    np.multiply(A, mask, out=out)
    return out, {"mask": mask}


def dropout_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    dA = np.empty_like(dout)
    np.multiply(dout, cache["mask"], out=dA)
    return dA
