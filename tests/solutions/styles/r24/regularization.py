"""L2 as a harmonic confining potential and dropout as site dilution (r24 style: a physicist after Mehta et al.).

The penalty is the energy (lam/2) sum w^2 of springs of stiffness lam tying
every weight to the origin; its force is -lam w. Dropout dilutes the lattice:
each site stays occupied with probability 1 - p, and surviving sites are
rescaled by 1 / (1 - p) so the mean field is unchanged.
"""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    return float(0.5 * lam * sum(np.sum(np.square(v)) for k, v in params.items() if _is_weight(k)))


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros_like(np.asarray(v, dtype=np.float64))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        damping = (1.0 - eta * lam) if _is_weight(k) else 1.0
        new[k] = damping * v - eta * np.asarray(grads[k], dtype=np.float64)
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        occupied = rng.random(A.shape) >= p
        mask = occupied / (1.0 - p)
    else:
        mask = np.ones_like(A)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
