"""L2 and dropout, written by an APL/J mind: the penalty is a total reduction of squares over the selected
arrays, the gradient a dict built by one comprehension, dropout one comparison turned into a 0/1 array.
"""

import numpy as np


def _is_weight(k):
    return k.startswith("W")


def l2_penalty(params, lam):
    total = np.add.reduce([np.add.reduce(np.square(v), axis=None) for k, v in params.items() if _is_weight(k)])
    return float(lam / 2 * total)


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam * _is_weight(k)) * np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k])
            for k, v in params.items()}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = np.greater_equal(rng.random(A.shape), p) / (1 - p)
    else:
        mask = np.ones_like(A)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return dout * cache["mask"]
