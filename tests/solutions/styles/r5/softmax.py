"""Correct solution, style r5: softmax as exp(log_softmax), the Jacobian as s_i (delta_ij - s_j) by broadcasting."""

import numpy as np


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    S = Z - Z.max(axis=-1, keepdims=True)
    return S - np.log(np.sum(np.exp(S), axis=-1, keepdims=True))


def softmax(Z):
    return np.exp(log_softmax(Z))


def softmax_jacobian(Z):
    s = softmax(Z)
    eye = np.eye(s.shape[-1])
    return s[..., :, None] * (eye - s[..., None, :])


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (softmax(logits) - Y) / logits.shape[0]
