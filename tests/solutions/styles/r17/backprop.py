"""The MLP backward pass as in Andrew Ng's deeplearning.ai course (L_model_backward).

Ng's layout is examples as COLUMNS: dZ (n_l, m), dW = dZ A_prev^T, db = sum(dZ, axis=1, keepdims=True),
dA_prev = W^T dZ. Ng divides by m inside linear_backward; here dout already carries the loss's 1/N
(the docstring's dW = A_prev^T delta), so the student leaves the 1/m out. Transposed back at the border.
"""

import numpy as np


def _sigmoid_backward(dA, Z):
    e = np.exp(-np.abs(Z))
    s = np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    return dA * s * (1 - s)


def _relu_backward(dA, Z):
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def _tanh_backward(dA, Z):
    return dA * (1 - np.tanh(Z) ** 2)


_BACKWARD = {"identity": lambda dA, Z: dA, "sigmoid": _sigmoid_backward, "tanh": _tanh_backward,
             "relu": _relu_backward}


def _linear_backward(dZ, A_prev, W):
    dW = np.dot(dZ, A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    dA = np.asarray(dout, dtype=np.float64).T
    for l in reversed(range(L)):
        cache = caches[l]
        Z = np.asarray(cache["Z"], dtype=np.float64).T
        A_prev = np.asarray(cache["A_prev"], dtype=np.float64).T
        W = np.asarray(cache["W"], dtype=np.float64).T
        dZ = _BACKWARD[cache["activation"]](dA, Z)
        dA, dW, db = _linear_backward(dZ, A_prev, W)
        grads["W" + str(l + 1)] = dW.T
        grads["b" + str(l + 1)] = np.squeeze(db, axis=1)
    return grads
