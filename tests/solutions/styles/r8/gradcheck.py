"""A correct solution of exercises/gradcheck.py, style r8: one working copy nudged and restored, np.ndindex walk."""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64)          # a copy: the caller's x stays as it was
    grad = np.zeros_like(work)
    for i in np.ndindex(work.shape):
        old = work[i]
        work[i] = old + h
        up = f(work)
        work[i] = old - h
        down = f(work)
        work[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    def along(name):
        return lambda value: f({**params, name: value})
    return {name: numerical_gradient(along(name), p, h) for name, p in params.items()}


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    num = np.sqrt(np.sum((a - b) ** 2))
    return float(num / max(np.sqrt(np.sum(a * a)) + np.sqrt(np.sum(b * b)), floor))


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
