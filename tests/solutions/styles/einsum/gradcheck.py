"""Central differences with an einsum-based norm (einsum style)."""

import numpy as np


def _norm(a):
    a = np.asarray(a, dtype=np.float64).ravel()
    return float(np.sqrt(np.einsum("i,i->", a, a)))


def numerical_gradient(f, x, h=1e-5):
    x0 = np.array(x, dtype=np.float64)
    flat = x0.reshape(-1)
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        xp = flat.copy()
        xm = flat.copy()
        xp[i] += h
        xm[i] -= h
        grad[i] = (f(xp.reshape(x0.shape)) - f(xm.reshape(x0.shape))) / (2 * h)
    return grad.reshape(x0.shape)


def numerical_gradients(f, params, h=1e-5):
    base = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    grads = {}
    for name in base:
        grads[name] = numerical_gradient(lambda t, name=name: f({**base, name: t}), base[name], h)
    return grads


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
