"""Exercise: numerical gradients by central differences, the relative error, and a gradient check.

    df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / (2h)        error O(h^2)

f is a function you are given (call it, do not change it). The checks take
f of a dict of arrays (e.g. {"W1": ..., "b1": ...}) returning a float, the
point `params` and claimed gradients `grads` with the same keys and shapes,
and report one relative error per tensor: a correct float64 gradient scores
about 1e-10..1e-8 with h = 1e-5, a wrong one 1e-2 and above. Never change
the caller's arrays: perturb a copy.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape.

    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2h), one coordinate at a time
    (2 x.size calls of f). The caller's x is not modified.
    """
    raise NotImplementedError


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    raise NotImplementedError


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries.

    Scale-free for gradients of ordinary size; `floor` keeps two vanishing
    gradients (both below ~1e-8, i.e. noise of the difference quotient) from
    scoring as completely different.
    """
    raise NotImplementedError


def gradient_check(f, params, grads, h=1e-5):
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}.

    Costs 2 f-calls per scalar parameter; use directional_gradient_check for big tensors.
    """
    raise NotImplementedError
