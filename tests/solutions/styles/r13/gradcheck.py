"""Gradient checking in another style: np.ndindex over coordinates, norms by einsum, functools.partial."""

import functools
import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64)  # a fresh float copy: the caller's x is never touched
    grad = np.empty(point.shape, dtype=np.float64)
    for idx in np.ndindex(*point.shape):
        saved = point[idx]
        point[idx] = saved + h
        up = float(f(point))
        point[idx] = saved - h
        down = float(f(point))
        point[idx] = saved
        grad[idx] = (up - down) / (2.0 * h)
    return grad


def _with_replaced(f, params, name, value):
    merged = dict(params)
    merged[name] = value
    return f(merged)


def numerical_gradients(f, params, h=1e-5):
    return {name: numerical_gradient(functools.partial(_with_replaced, f, params, name), tensor, h)
            for name, tensor in params.items()}


def _norm(v):
    flat = np.ravel(np.asarray(v, dtype=np.float64))
    return math.sqrt(float(np.einsum("i,i->", flat, flat)))


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
