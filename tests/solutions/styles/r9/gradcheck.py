"""gradcheck iterating with np.nditer over a flat copy, and a class for the dict-valued closure."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    point = x.copy()
    flat = point.reshape(-1)
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        up = f(point)
        flat[i] = keep - h
        down = f(point)
        flat[i] = keep
        grad[i] = (up - down) / (2.0 * h)
    return grad.reshape(x.shape)


class _OneTensor:
    """f seen as a function of one tensor of the dict, the others held fixed."""

    def __init__(self, f, params, name):
        self.f, self.name = f, name
        self.rest = {k: np.array(v, dtype=np.float64) for k, v in params.items()}

    def __call__(self, value):
        trial = dict(self.rest)
        trial[self.name] = value
        return self.f(trial)


def numerical_gradients(f, params, h=1e-5):
    return {name: numerical_gradient(_OneTensor(f, params, name), params[name], h) for name in params}


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    num = np.sqrt(np.dot(a - b, a - b))
    den = np.sqrt(np.dot(a, a)) + np.sqrt(np.dot(b, b))
    return float(num / max(den, floor))


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
