"""L2 and dropout with np.float64 scalars, copies and out= (scalars style)."""

import numpy as np


def l2_penalty(params, lam):
    total = np.float64(0)
    for k, v in params.items():
        if k.startswith("W"):
            w = np.asarray(v, dtype=np.float64).ravel()
            total = total + np.dot(w, w)
    return np.float64(lam) / np.float64(2) * total


def l2_gradient(params, lam):
    out = {}
    for k, v in params.items():
        g = np.array(v, dtype=np.float64)
        if k.startswith("W"):
            np.multiply(g, np.float64(lam), out=g)
        else:
            g.fill(0.0)
        out[k] = g
    return out


def weight_decay_step(params, grads, eta, lam):
    eta, lam = np.float64(eta), np.float64(lam)
    out = {}
    for k, v in params.items():
        w = np.array(v, dtype=np.float64)
        if k.startswith("W"):
            np.multiply(w, np.float64(1) - eta * lam, out=w)
        np.subtract(w, eta * np.asarray(grads[k], dtype=np.float64), out=w)
        out[k] = w
    return out


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        keep = np.greater_equal(rng.random(A.shape), np.float64(p))
        mask = np.divide(keep.astype(np.float64), np.float64(1) - np.float64(p))
    else:
        mask = np.ones(A.shape, dtype=np.float64)
    out = np.multiply(A, mask)
    return out, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(np.asarray(dout, dtype=np.float64), cache["mask"])
