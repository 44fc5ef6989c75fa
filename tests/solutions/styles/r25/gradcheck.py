"""Gradient checking, typed-Python style: small pure functions, guard clauses, a Protocol for the callable."""

from typing import Mapping, Protocol

import numpy as np


class ArrayFunction(Protocol):
    def __call__(self, x: np.ndarray) -> float: ...


class DictFunction(Protocol):
    def __call__(self, params: Mapping[str, np.ndarray]) -> float: ...


def _central_difference(f: ArrayFunction, x: np.ndarray, index: tuple, h: float) -> float:
    """(f(x + h e_i) - f(x - h e_i)) / (2h) on the work array x, restored before returning."""
    saved = x[index]
    x[index] = saved + h
    f_plus = float(f(x))
    x[index] = saved - h
    f_minus = float(f(x))
    x[index] = saved
    return (f_plus - f_minus) / (2.0 * h)


def numerical_gradient(f: ArrayFunction, x, h: float = 1e-5) -> np.ndarray:
    assert h > 0, "h must be positive"
    work = np.array(x, dtype=np.float64)  # a copy: the caller's x is never touched
    grad = np.zeros_like(work)
    for index in np.ndindex(work.shape):
        grad[index] = _central_difference(f, work, index, h)
    return grad


def numerical_gradients(f: DictFunction, params: Mapping[str, np.ndarray], h: float = 1e-5) -> dict:
    def along(name: str) -> ArrayFunction:
        return lambda tensor: f({**params, name: tensor})

    return {name: numerical_gradient(along(name), params[name], h) for name in params}


def relative_error(a, b, floor: float = 1e-8) -> float:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    denominator = max(float(np.linalg.norm(a) + np.linalg.norm(b)), floor)
    return float(np.linalg.norm(a - b)) / denominator


def gradient_check(f: DictFunction, params: Mapping[str, np.ndarray], grads: Mapping[str, np.ndarray],
                   h: float = 1e-5) -> dict:
    assert set(grads) == set(params), "grads must have the keys of params"
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
