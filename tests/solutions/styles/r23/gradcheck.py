"""Gradient checks in the manner of Torch7's nn.Jacobian: perturb one entry of a flat view of a
copy of the parameter tensor, call the function, put the entry back, fill the estimate column
by column. The relative error is the one Theano's verify_grad reports, with a floor."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape.

    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2h), one coordinate at a time
    (2 x.size calls of f). The caller's x is not modified.
    """
    # a C-ordered copy (Torch's input:contiguous()), so that its flat reshape is a view: writing sin[i] perturbs input
    input = np.array(x, dtype=np.float64, order="C")
    jacobian = np.zeros(input.shape)
    sin = input.reshape(-1)
    sdout = jacobian.reshape(-1)
    for i in range(sin.size):
        orig = sin[i]
        sin[i] = orig - h
        outa = float(f(input))
        sin[i] = orig + h
        outb = float(f(input))
        sin[i] = orig
        sdout[i] = (outb - outa) / (2 * h)
    return jacobian


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    grads = {}
    for name in params:
        def f_of_one(t, name=name):
            p = dict(params)
            p[name] = t
            return f(p)
        grads[name] = numerical_gradient(f_of_one, params[name], h)
    return grads


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))


def gradient_check(f, params, grads, h=1e-5):
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}."""
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
