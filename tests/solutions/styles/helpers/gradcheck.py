"""Gradient checking built on a perturbation helper and a dict-slot helper (helpers style)."""

import numpy as np


def _perturbed(x, index, delta):
    y = x.copy()
    y[index] += delta
    return y


def _central(f, x, index, h):
    return (f(_perturbed(x, index, h)) - f(_perturbed(x, index, -h))) / (2.0 * h)


def _with_slot(params, name):
    """f of one tensor: params with `name` replaced, every other tensor a copy."""
    frozen = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    return lambda t: {**frozen, name: t}


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.empty_like(x)
    for index in np.ndindex(*x.shape):
        grad[index] = _central(f, x, index, h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name, value in params.items():
        slot = _with_slot(params, name)
        grads[name] = numerical_gradient(lambda t, slot=slot: f(slot(t)), value, h)
    return grads


def _l2(a):
    return float(np.linalg.norm(np.ravel(a)))


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return _l2(a - b) / max(_l2(a) + _l2(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
