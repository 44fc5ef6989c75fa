"""Softmax, written by an APL/J mind: reductions along the last axis (J's rank "1), broadcasting for outer products.

Every reduction is a ufunc's reduce with axis=-1 and keepdims, so the same line serves a vector (K,) and a
batch (N, K).
"""

import numpy as np


def _shifted(Z):
    """Z minus its row maximum (last axis), a new array."""
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.maximum.reduce(Z, axis=-1, keepdims=True)


def softmax(Z):
    e = np.exp(_shifted(Z))
    return e / np.add.reduce(e, axis=-1, keepdims=True)


def log_softmax(Z):
    d = _shifted(Z)
    return d - np.log(np.add.reduce(np.exp(d), axis=-1, keepdims=True))


def softmax_jacobian(Z):
    s = softmax(Z)
    k = s.shape[-1]
    # diag(s) - s s^T, the outer product as a broadcast of a column against a row
    return np.eye(k) * s[..., None] - s[..., :, None] * s[..., None, :]


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (softmax(logits) - Y) / logits.shape[0]
