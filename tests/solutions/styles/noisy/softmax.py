"""Softmax family (noisy style): debug prints, warnings module filter."""

import warnings

import numpy as np

warnings.simplefilter("ignore")
VERBOSE = True
print("softmax.py ready")


def softmax(Z):
    """Row-wise softmax with the row maximum subtracted."""
    Z = np.asarray(Z, dtype=np.float64)
    if VERBOSE:
        print("softmax input shape", Z.shape)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return E / np.sum(E, axis=-1, keepdims=True)


def log_softmax(Z):
    """z - m - log sum exp(z - m)."""
    Z = np.asarray(Z, dtype=np.float64)
    S = Z - np.max(Z, axis=-1, keepdims=True)
    out = S - np.log(np.sum(np.exp(S), axis=-1, keepdims=True))
    if VERBOSE:
        print("log_softmax min", out.min() if out.size else None)
    return out


def softmax_jacobian(Z):
    """diag(s) - s s^T, batched over leading axes."""
    s = softmax(Z)
    return np.apply_along_axis(np.diag, -1, s) - s[..., :, None] * s[..., None, :]


def softmax_cross_entropy_grad(logits, Y):
    """(softmax - Y) / N."""
    logits = np.asarray(logits, dtype=np.float64)
    g = (softmax(logits) - np.asarray(Y, dtype=np.float64)) / logits.shape[0]
    print("grad row sums ~ 0:", np.allclose(g.sum(axis=-1), 0))
    return g


print(softmax(np.array([2.0, 1.0, 0.1])))
