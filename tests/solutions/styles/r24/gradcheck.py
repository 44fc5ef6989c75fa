"""Numerical gradients as Caffe's GradientChecker does them, ported to Python (style r24).

Caffe's test/gradient_check_util.hpp perturbs one entry of a blob's data at
a time by +-stepsize, runs the forward, and compares (f+ - f-) / (2 stepsize)
with the blob's diff. Here the "net" is the function f we are given.
"""

import numpy as np


class _GradientChecker:
    """Caffe's GradientChecker(stepsize, threshold) minus the threshold (we report the error)."""

    def __init__(self, stepsize):
        self.stepsize = stepsize

    def CheckGradientSingle(self, objective, blob_data):
        """Estimated d objective / d blob_data, entry by entry, on a private copy of the data."""
        # C order like a Caffe blob: reshape(-1) must be a view of what objective sees
        data = np.array(blob_data, dtype=np.float64, order="C")
        diff = np.zeros_like(data)
        flat = data.reshape(-1)
        out = diff.reshape(-1)
        for feat_id in range(flat.size):
            saved = flat[feat_id]
            flat[feat_id] = saved + self.stepsize
            positive_objective = float(objective(data))
            flat[feat_id] = saved - self.stepsize
            negative_objective = float(objective(data))
            flat[feat_id] = saved
            out[feat_id] = (positive_objective - negative_objective) / (2.0 * self.stepsize)
        return diff


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f at x (any shape); returns x's shape, the caller's x untouched."""
    return _GradientChecker(h).CheckGradientSingle(f, x)


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every blob of params; returns a dict."""
    checker = _GradientChecker(h)
    grads = {}
    for name in params:
        def objective(data, name=name):
            feed = dict(params)
            feed[name] = data
            return f(feed)
        grads[name] = checker.CheckGradientSingle(objective, params[name])
    return grads


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor) over all entries."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    scale = max(np.linalg.norm(a.ravel()) + np.linalg.norm(b.ravel()), floor)
    return float(np.linalg.norm((a - b).ravel()) / scale)


def gradient_check(f, params, grads, h=1e-5):
    """{name: relative_error(grads[name], numerical gradient of f w.r.t. params[name])}."""
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
