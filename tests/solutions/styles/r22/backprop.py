"""Backpropagation with np.matrix: ``*`` for delta W^T and A^T delta, np.multiply for the g'(Z) factor."""

import numpy as np


def _sigmoid(Z):
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_grad(Z):
    s = _sigmoid(Z)
    return np.multiply(s, 1.0 - s)


_DG = {
    "identity": lambda Z: np.ones_like(Z),
    "sigmoid": _sigmoid_grad,
    "tanh": lambda Z: 1.0 - np.multiply(np.tanh(Z), np.tanh(Z)),
    "relu": lambda Z: (Z > 0).astype(Z.dtype),
}


def mlp_backward(dout, caches):
    """dout = dL/d(out) (N, nL), caches of mlp_forward -> {"W1": dW1, "b1": db1, ...}."""
    grads = {}
    dA = np.asmatrix(dout)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        Z = np.asarray(c["Z"], dtype=np.result_type(np.asarray(c["Z"]).dtype, np.float32))
        delta = np.multiply(dA, _DG[c["activation"]](Z))         # stays a matrix
        grads["W%d" % l] = (np.asmatrix(c["A_prev"]).T * delta).A
        grads["b%d" % l] = delta.sum(axis=0).A1
        dA = delta * np.asmatrix(c["W"]).T
    return grads
