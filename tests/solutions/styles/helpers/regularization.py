"""L2 and dropout with helper predicates and a mask class (helpers style)."""

import numpy as np

_WEIGHT_PREFIX = "W"


def _is_weight(key):
    return key.startswith(_WEIGHT_PREFIX)


def _f64(x):
    return np.asarray(x, dtype=np.float64)


def _weights(params):
    return [_f64(v) for k, v in params.items() if _is_weight(k)]


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(W * W) for W in _weights(params)))


def l2_gradient(params, lam):
    return {k: lam * _f64(v) if _is_weight(k) else np.zeros_like(_f64(v)) for k, v in params.items()}


def _decay(key, eta, lam):
    return 1.0 - eta * lam if _is_weight(key) else 1.0


def weight_decay_step(params, grads, eta, lam):
    return {k: _decay(k, eta, lam) * _f64(v) - eta * _f64(grads[k]) for k, v in params.items()}


class _InvertedMask:
    def __init__(self, shape, p, rng):
        self.values = (rng.random(shape) >= p).astype(np.float64) * (1.0 / (1.0 - p))


def dropout_forward(A, p, rng, mode="train"):
    A = _f64(A)
    mask = _InvertedMask(A.shape, p, rng).values if mode == "train" else np.ones(A.shape)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return _f64(dout) * cache["mask"]
