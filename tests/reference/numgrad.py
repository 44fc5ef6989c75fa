"""Central differences for the training-half oracle tests (until reference.gradcheck is used)."""

import numpy as np


def numerical_gradient(f, x, h=1e-6):
    """dF/dx by central differences, F a scalar function of the array x (same shape as x); x is restored."""
    grad = np.zeros_like(x, dtype=float)
    for i in np.ndindex(x.shape):
        saved = x[i]
        x[i] = saved + h
        up = f()
        x[i] = saved - h
        down = f()
        x[i] = saved
        grad[i] = (up - down) / (2 * h)
    return grad


def relative_error(a, b):
    """max |a - b| / max(|a| + |b|), 0 when both are zero."""
    scale = np.max(np.abs(a) + np.abs(b))
    return 0.0 if scale == 0 else float(np.max(np.abs(a - b)) / scale)
