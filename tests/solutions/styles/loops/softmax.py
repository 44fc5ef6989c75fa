"""Softmax family; the Jacobian is filled entry by entry over classes (loops style)."""

import numpy as np


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - np.max(Z, axis=-1, keepdims=True)
    E = np.exp(shifted)
    return E / np.sum(E, axis=-1, keepdims=True)


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - np.max(Z, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def softmax_jacobian(Z):
    s = softmax(Z)
    K = s.shape[-1]
    J = np.empty(s.shape + (K,), dtype=np.float64)
    for i in range(K):
        for j in range(K):
            J[..., i, j] = s[..., i] * ((1.0 if i == j else 0.0) - s[..., j])
    return J


def softmax_cross_entropy_grad(logits, Y):
    P = softmax(logits)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / len(P)
