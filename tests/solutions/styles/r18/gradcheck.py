"""Gradient checking, as in 'becoming a backprop ninja' (Karpathy): compare by hand with numbers.

cmp() there prints exact / approximate / maxdiff; here the approximate side is
a central difference, poking one entry of a copy at a time.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: array -> float at x (any shape); returns x's shape."""
    # our own copy, poked in place through a flat view: C order, or reshape(-1) of a
    # transposed x would be a copy and the pokes would never reach f
    xx = np.array(x, dtype=float, order="C")
    dx = np.zeros_like(xx)
    flat = xx.reshape(-1)
    dflat = dx.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fplus = f(xx)
        flat[i] = old - h
        fminus = f(xx)
        flat[i] = old
        dflat[i] = (fplus - fminus) / (2 * h)
    return dx


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""
    grads = {}
    for k in params:
        def fk(v, k=k):
            poked = dict(params)
            poked[k] = v
            return f(poked)
        grads[k] = numerical_gradient(fk, params[k], h)
    return grads


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    num = np.linalg.norm((a - b).ravel())
    den = np.linalg.norm(a.ravel()) + np.linalg.norm(b.ravel())
    return float(num / max(den, floor))


def gradient_check(f, params, grads, h=1e-5):
    """Full coordinate check: {name: relative_error(grads[name], numerical gradient)}."""
    approx = numerical_gradients(f, params, h)
    return {k: relative_error(grads[k], approx[k]) for k in params}
