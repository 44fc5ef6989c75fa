"""Numerical gradients and the gradient check (habit: defensive production code: float64 coercion,
shape validation with ValueError, copies of everything given, type hints, early return for empty tensors)."""

from typing import Callable, Dict, Mapping

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape.

    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2h), one coordinate at a time
    (2 x.size calls of f). The caller's x is not modified.
    """
    if h <= 0:
        raise ValueError(f"step h must be positive, got {h}")
    # C order: a transposed x copied in its own (Fortran) order would make reshape(-1) a copy, not a view
    point = np.array(x, dtype=np.float64, order="C")
    grad = np.zeros(point.shape)
    if point.size == 0:
        return grad
    flat = point.reshape(-1)  # a view on our own C-ordered copy
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        f_plus = float(f(point.copy()))
        flat[i] = saved - h
        f_minus = float(f(point.copy()))
        flat[i] = saved
        grad.reshape(-1)[i] = (f_plus - f_minus) / (2.0 * h)
    return grad


def numerical_gradients(f: Callable[[Dict[str, np.ndarray]], float], params: Mapping[str, np.ndarray],
                        h: float = 1e-5) -> Dict[str, np.ndarray]:
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    base = {name: np.array(value, dtype=np.float64, copy=True) for name, value in params.items()}
    grads: Dict[str, np.ndarray] = {}
    for name in base:
        def f_of_one(t: np.ndarray, name: str = name) -> float:
            trial = {k: (t if k == name else v.copy()) for k, v in base.items()}
            return float(f(trial))
        grads[name] = numerical_gradient(f_of_one, base[name], h)
    return grads


def relative_error(a: np.ndarray, b: np.ndarray, floor: float = 1e-8) -> float:
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries.

    Scale-free for gradients of ordinary size; `floor` keeps two vanishing
    gradients (both below ~1e-8, i.e. noise of the difference quotient) from
    scoring as completely different.
    """
    a64 = np.asarray(a, dtype=np.float64)
    b64 = np.asarray(b, dtype=np.float64)
    if a64.shape != b64.shape:
        raise ValueError(f"relative_error needs equal shapes, got {a64.shape} and {b64.shape}")
    numerator = np.linalg.norm((a64 - b64).ravel())
    denominator = max(np.linalg.norm(a64.ravel()) + np.linalg.norm(b64.ravel()), floor)
    return float(numerator / denominator)


def gradient_check(f: Callable[[Dict[str, np.ndarray]], float], params: Mapping[str, np.ndarray],
                   grads: Mapping[str, np.ndarray], h: float = 1e-5) -> Dict[str, float]:
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}.

    Costs 2 f-calls per scalar parameter; use directional_gradient_check for big tensors.
    """
    missing = set(params) - set(grads)
    if missing:
        raise ValueError(f"grads lacks {sorted(missing)}; give one gradient per parameter")
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
