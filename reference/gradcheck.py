"""Numerical gradients by central differences, and gradient checks built on them.

    df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / (2h)        error O(h^2)

The checks take f: a callable of a dict of arrays (e.g. {"W1": ..., "b1": ...})
returning a float, the point `params` and the claimed gradients `grads` (same
keys and shapes), and report one relative error per tensor. A correct float64
gradient of a smooth function typically scores 1e-10..1e-8 with h = 1e-5;
wrong ones score 1e-2 and above.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape.

    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2h), one coordinate at a time
    (2 x.size calls of f). The caller's x is not modified.
    """
    # private copy, perturbed in place; C order, so that reshape(-1) is a view of it (a transposed x copied in its
    # own Fortran order would give a second copy, whose steps never reach the x that f gets)
    x = np.array(x, dtype=np.float64, order="C")
    grad = np.zeros_like(x)
    flat, flat_grad = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        original = flat[i]
        flat[i] = original + h
        f_plus = f(x)
        flat[i] = original - h
        f_minus = f(x)
        flat[i] = original
        flat_grad[i] = (f_plus - f_minus) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    return {
        name: numerical_gradient(lambda value, name=name: f({**params, name: value}), params[name], h)
        for name in params
    }


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries.

    Scale-free for gradients of ordinary size; `floor` keeps two vanishing
    gradients (both below ~1e-8, i.e. noise of the difference quotient) from
    scoring as completely different.
    """
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))


def _check_keys(params, grads):
    missing = [name for name in params if name not in grads]
    if missing:
        raise ValueError(f"gradients missing for {', '.join(missing)}; return one gradient per parameter")
    for name in params:
        if np.shape(grads[name]) != np.shape(params[name]):
            raise ValueError(f"gradient of {name} has shape {np.shape(grads[name])}; it must match the parameter's {np.shape(params[name])}")


def gradient_check(f, params, grads, h=1e-5):
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}.

    Costs 2 f-calls per scalar parameter; use directional_gradient_check for big tensors.
    """
    _check_keys(params, grads)
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}


def directional_gradient_check(f, params, grads, rng=0, h=1e-5, n_directions=1):
    """Check each tensor along random directions: 2 f-calls per direction instead of per entry.

    For tensor p with claimed gradient g, draw u ~ N(0, I) of p's shape, u /= ||u||, and compare
    the analytic directional derivative <g, u> with (f(p + h u) - f(p - h u)) / (2h).
    rng: a numpy Generator or a seed. Returns {name: largest relative error over the directions}.
    """
    _check_keys(params, grads)
    rng = np.random.default_rng(rng)
    errors = {}
    for name, value in params.items():
        value = np.asarray(value, dtype=np.float64)
        worst = 0.0
        for _ in range(n_directions):
            u = rng.standard_normal(value.shape)
            u /= np.linalg.norm(u)
            f_plus = f({**params, name: value + h * u})
            f_minus = f({**params, name: value - h * u})
            analytic = np.sum(np.asarray(grads[name], dtype=np.float64) * u)
            worst = max(worst, relative_error(analytic, (f_plus - f_minus) / (2.0 * h)))
        errors[name] = worst
    return errors
