"""Softmax family with einsum reductions (einsum style)."""

import numpy as np


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / np.einsum("...k->...", E)[..., None]


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    S = Z - Z.max(axis=-1, keepdims=True)
    return S - np.log(np.einsum("...k->...", np.exp(S)))[..., None]


def softmax_jacobian(Z):
    s = softmax(Z)
    K = s.shape[-1]
    return np.einsum("...i,ij->...ij", s, np.eye(K)) - np.einsum("...i,...j->...ij", s, s)


def softmax_cross_entropy_grad(logits, Y):
    Y = np.asarray(Y, dtype=np.float64)
    return (softmax(logits) - Y) / Y.shape[0]
