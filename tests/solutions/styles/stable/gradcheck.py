"""Central differences and a relative error with scaled norms (stable style: np.linalg.norm, no overflow)."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    grad = np.empty(x.shape)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        e = np.zeros(x.shape)
        e[it.multi_index] = h
        grad[it.multi_index] = (f(x + e) - f(x - e)) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    def partial(name):
        return lambda t: f({k: (t if k == name else v) for k, v in params.items()})
    return {name: numerical_gradient(partial(name), value, h) for name, value in params.items()}


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    num = np.linalg.norm((a - b).ravel())
    den = np.linalg.norm(a.ravel()) + np.linalg.norm(b.ravel())
    return float(num / max(den, floor))


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
