"""Softmax family with out= buffers and np.matmul for the outer product (scalars style)."""

import numpy as np


def softmax(Z):
    E = np.array(Z, dtype=np.float64)
    np.subtract(E, np.amax(E, axis=-1, keepdims=True), out=E)
    np.exp(E, out=E)
    np.divide(E, np.sum(E, axis=-1, keepdims=True), out=E)
    return E


def log_softmax(Z):
    S = np.array(Z, dtype=np.float64)
    np.subtract(S, np.amax(S, axis=-1, keepdims=True), out=S)
    lse = np.log(np.sum(np.exp(S), axis=-1, keepdims=True))
    np.subtract(S, lse, out=S)
    return S


def softmax_jacobian(Z):
    s = softmax(Z)
    col = s[..., :, np.newaxis]
    row = s[..., np.newaxis, :]
    J = np.negative(np.matmul(col, row))
    K = s.shape[-1]
    idx = np.arange(K)
    J[..., idx, idx] += s
    return J


def softmax_cross_entropy_grad(logits, Y):
    G = softmax(logits)
    np.subtract(G, np.asarray(Y, dtype=np.float64), out=G)
    G /= np.float64(G.shape[0])
    return G
