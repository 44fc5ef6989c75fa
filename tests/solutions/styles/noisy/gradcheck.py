"""Gradient checking (noisy style): prints progress and the verdict per tensor."""

import warnings

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x_work = np.array(x, dtype=np.float64, copy=True)
    grad = np.zeros_like(x_work)
    print(f"numerical_gradient: {x_work.size} coordinates, {2 * x_work.size} calls")
    for i in range(x_work.size):
        idx = np.unravel_index(i, x_work.shape)
        orig = x_work[idx]
        x_work[idx] = orig + h
        fp = f(x_work.copy())
        x_work[idx] = orig - h
        fm = f(x_work.copy())
        x_work[idx] = orig
        grad[idx] = (fp - fm) / (2 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    result = {}
    for name in params:
        print("differentiating", name)
        result[name] = numerical_gradient(
            lambda t, name=name: f({k: (t if k == name else np.array(v, dtype=np.float64)) for k, v in params.items()}),
            params[name], h)
    return result


def relative_error(a, b, floor=1e-8):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = np.asarray(a, dtype=np.float64)
        b = np.asarray(b, dtype=np.float64)
        err = float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))
    print(f"relative error {err:.3e}")
    return err


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    errors = {}
    for name in params:
        errors[name] = relative_error(grads[name], numeric[name])
        print(name, "OK" if errors[name] < 1e-6 else "SUSPICIOUS")
    return errors


print(relative_error(np.ones(3), np.ones(3)))
