"""A correct student solution of exercises/softmax.py: in-place ops on fresh arrays, einsum for the Jacobian."""

import numpy as np


def softmax(Z):
    E = np.array(Z, dtype=np.float64)
    E -= E.max(axis=-1, keepdims=True)
    np.exp(E, out=E)
    E /= E.sum(axis=-1, keepdims=True)
    return E


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)


def softmax_jacobian(Z):
    s = softmax(Z)
    eye = np.eye(s.shape[-1])
    return np.einsum("...i,ij->...ij", s, eye) - np.einsum("...i,...j->...ij", s, s)


def softmax_cross_entropy_grad(logits, Y):
    G = softmax(logits)
    G -= np.asarray(Y, dtype=np.float64)
    G /= G.shape[0]
    return G
