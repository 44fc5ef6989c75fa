"""A correct student solution of exercises/regularization.py: map/zip over sorted keys, a keep rule of its own."""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    weights = [np.asarray(v, dtype=np.float64) for k, v in params.items() if _is_weight(k)]
    return float(lam) / 2.0 * float(sum(map(lambda w: np.vdot(w, w), weights)))


def l2_gradient(params, lam):
    keys = list(params)
    values = map(lambda k: lam * np.asarray(params[k], dtype=np.float64) if _is_weight(k)
                 else np.zeros(np.shape(params[k])), keys)
    return dict(zip(keys, values))


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key, (w, g) in zip(params, ((params[k], grads[k]) for k in params)):
        w = np.array(w, dtype=np.float64)  # a copy, updated in place below
        if _is_weight(key):
            w *= 1.0 - eta * lam
        w -= eta * np.asarray(g, dtype=np.float64)
        new[key] = w
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape)}
    keep = rng.random(A.shape) < 1.0 - p
    mask = np.where(keep, 1.0 / (1.0 - p), 0.0)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
