"""Exercise: numerical gradients by central differences, the relative error, and a gradient check.

Deep Learning from Scratch (Saitoh) style: np.nditer over multi_index, perturb one
entry, restore tmp_val; here on a copy so the caller's array is never touched.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape.

    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2h), one coordinate at a time
    (2 x.size calls of f). The caller's x is not modified.
    """
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = float(f(x))
        x[idx] = tmp_val - h
        fxh2 = float(f(x))
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    grads = {}
    for key in params:
        others = {k: np.array(v, dtype=np.float64) for k, v in params.items()}

        def f_key(w, key=key, others=others):
            others[key] = w
            return f(others)

        grads[key] = numerical_gradient(f_key, params[key], h)
    return grads


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries.

    Scale-free for gradients of ordinary size; `floor` keeps two vanishing
    gradients (both below ~1e-8, i.e. noise of the difference quotient) from
    scoring as completely different.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    diff = np.sqrt(np.sum((a - b) ** 2))
    scale = np.sqrt(np.sum(a ** 2)) + np.sqrt(np.sum(b ** 2))
    return float(diff / max(scale, floor))


def gradient_check(f, params, grads, h=1e-5):
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}.

    Costs 2 f-calls per scalar parameter; use directional_gradient_check for big tensors.
    """
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
