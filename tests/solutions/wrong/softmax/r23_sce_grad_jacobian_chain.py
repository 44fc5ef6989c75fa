"""softmax.softmax_cross_entropy_grad: MML chain rule dL/dp @ J with dL/dp = -Y / (N p): a target probability that underflows to 0 gives inf * 0 = NaN for logits far apart"""

import numpy as np


def softmax_cross_entropy_grad(logits, Y):
    """Row gradient (1, K) times the full K x K Jacobian diag(p) - p p^T, per example."""
    Z = np.asarray(logits, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N = Z.shape[0]
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    P = E / np.sum(E, axis=1, keepdims=True)
    out = np.empty_like(P)
    for n in range(N):
        p = P[n]
        J = np.diag(p) - np.outer(p, p)
        with np.errstate(divide="ignore", invalid="ignore"):
            dL_dp = (-Y[n] / p / N).reshape(1, -1)
            out[n] = (dL_dp @ J).ravel()
    return out
