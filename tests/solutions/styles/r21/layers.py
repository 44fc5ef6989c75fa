"""Dense layer, written Chollet-style: naive_add / naive_matrix_dot checks on ndim and shapes, a Keras-like layer object."""

import numpy as np


def _check_matrix_dot(x, y):
    assert len(x.shape) == 2
    assert len(y.shape) == 2
    assert x.shape[1] == y.shape[0]


def _check_add_matrix_and_vector(x, y):
    assert len(x.shape) == 2
    assert len(y.shape) == 1
    assert x.shape[1] == y.shape[0]


class _NaiveDense:
    """Like keras.layers.Dense without activation: output = dot(input, W) + b."""

    def __init__(self, W, b):
        self.W = W
        self.b = b

    def __call__(self, inputs):
        _check_matrix_dot(inputs, self.W)
        Z = np.dot(inputs, self.W)
        _check_add_matrix_and_vector(Z, self.b)
        return Z + self.b


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _NaiveDense(W, b)(A), (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    _check_matrix_dot(dZ, W.T)
    dA = np.dot(dZ, W.T)
    dW = np.dot(A.T, dZ)
    db = np.sum(dZ, axis=0)
    return dA, dW, db
