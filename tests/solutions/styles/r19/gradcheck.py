"""A correct solution of exercises/gradcheck.py in the habit of Haykin's chapter 4: the
'desired' gradient d is the analytic one, the estimate y the difference quotient, and the
error signal their difference, measured relative to both."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x_probe = np.array(x, dtype=float)  # a copy: the caller's x is never touched
    grad = np.zeros_like(x_probe)
    for i in range(x_probe.size):
        idx = np.unravel_index(i, x_probe.shape)
        kept = x_probe[idx]
        x_probe[idx] = kept + h
        f_plus = f(x_probe)
        x_probe[idx] = kept - h
        f_minus = f(x_probe)
        x_probe[idx] = kept
        grad[idx] = (f_plus - f_minus) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name in params:
        def f_of_one(value, name=name):
            probe = dict(params)
            probe[name] = value
            return f(probe)
        grads[name] = numerical_gradient(f_of_one, params[name], h)
    return grads


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    e = np.sqrt(np.sum((a - b) ** 2))
    return float(e / max(np.sqrt(np.sum(a ** 2)) + np.sqrt(np.sum(b ** 2)), floor))


def gradient_check(f, params, grads, h=1e-5):
    estimates = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], estimates[name]) for name in params}
