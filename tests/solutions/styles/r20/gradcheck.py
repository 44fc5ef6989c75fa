"""gradcheck in the r20 habit: Prince's notebook finite differences, one parameter bumped at a time."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x_copy = np.array(x, dtype=float)
    dl_dx = np.zeros_like(x_copy)
    for index in np.ndindex(x_copy.shape):
        old = x_copy[index]
        x_copy[index] = old + h
        l_plus = f(x_copy)
        x_copy[index] = old - h
        l_minus = f(x_copy)
        x_copy[index] = old
        dl_dx[index] = (l_plus - l_minus) / (2 * h)
    return dl_dx


def numerical_gradients(f, params, h=1e-5):
    all_dl_dparams = {}
    for name in params:
        def f_of_one(value, name=name):
            bumped = dict(params)
            bumped[name] = value
            return f(bumped)
        all_dl_dparams[name] = numerical_gradient(f_of_one, params[name], h)
    return all_dl_dparams


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))


def gradient_check(f, params, grads, h=1e-5):
    numerical = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numerical[name]) for name in params}
