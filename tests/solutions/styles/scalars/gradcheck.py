"""Central differences with numpy scalar step sizes (scalars style)."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    h = np.float64(h)
    point = np.array(x, dtype=np.float64, order="C")
    grad = np.zeros(point.shape, dtype=np.float64)
    flat_point, flat_grad = point.reshape(-1), grad.reshape(-1)
    for i in range(flat_point.size):
        saved = flat_point[i]
        flat_point[i] = saved + h
        up = np.float64(f(point.copy()))
        flat_point[i] = saved - h
        down = np.float64(f(point.copy()))
        flat_point[i] = saved
        flat_grad[i] = (up - down) / (np.float64(2) * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name, value in params.items():
        others = {k: np.array(v, dtype=np.float64) for k, v in params.items()}

        def at(t, name=name, others=others):
            return f({**others, name: t})

        out[name] = numerical_gradient(at, value, h)
    return out


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    top = np.sqrt(np.sum((a - b) ** 2))
    bottom = np.sqrt(np.sum(a ** 2)) + np.sqrt(np.sum(b ** 2))
    return np.float64(top / np.maximum(bottom, np.float64(floor)))


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
