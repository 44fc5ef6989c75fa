"""Softmax over the last axis, its logarithm, its Jacobian and the softmax + cross-entropy gradient.

    softmax(z)_i = exp(z_i - m) / sum_j exp(z_j - m),  m = max_j z_j

Subtracting the maximum changes nothing mathematically (it cancels between
numerator and denominator) but keeps every exponent <= 0, so logits of any
size never overflow.
"""

import numpy as np


def _shifted(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - Z.max(axis=-1, keepdims=True)


def _exp(shifted):
    # exponents far below the max underflow to 0, which is their correct weight
    with np.errstate(under="ignore"):
        return np.exp(shifted)


def softmax(Z):
    """Softmax of logits Z: (K,) or (N, K) -> same shape, each row positive and summing to 1.

    s_i = exp(z_i - max z) / sum_j exp(z_j - max z).
    """
    E = _exp(_shifted(Z))
    return E / E.sum(axis=-1, keepdims=True)


def log_softmax(Z):
    """log softmax(Z): (K,) or (N, K) -> same shape, computed without forming softmax.

    log s_i = (z_i - m) - log sum_j exp(z_j - m), m = max z; finite for logits of any size.
    """
    shifted = _shifted(Z)
    return shifted - np.log(_exp(shifted).sum(axis=-1, keepdims=True))


def softmax_jacobian(Z):
    """Jacobian ds/dz of softmax: z (K,) -> (K, K), or a batch Z (N, K) -> (N, K, K).

    J[i, j] = d s_i / d z_j = s_i (delta_ij - s_j), i.e. J = diag(s) - s s^T (symmetric).
    """
    S = softmax(Z)
    K = S.shape[-1]
    return S[..., :, None] * (np.eye(K) - S[..., None, :])


def softmax_backward(dS, Z):
    """Gradient through softmax without building the Jacobian: dS, Z (N, K) -> dZ (N, K).

    dZ = J^T dS row by row = s * (dS - sum_j dS_j s_j), where s = softmax(Z).
    """
    S = softmax(Z)
    return S * (dS - np.sum(dS * S, axis=-1, keepdims=True))


def softmax_cross_entropy_grad(logits, Y):
    """dL/dlogits for L = -(1/N) sum_n sum_k Y_nk log softmax(logits)_nk.

    logits (N, K), Y (N, K) one-hot (rows summing to 1) -> (N, K) = (softmax(logits) - Y) / N.
    """
    logits, Y = np.asarray(logits, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    if logits.ndim != 2 or Y.shape != logits.shape:
        raise ValueError(f"softmax_cross_entropy_grad: logits {logits.shape} and Y {Y.shape} must both be (N, K); for one example pass logits[None, :]")
    return (softmax(logits) - Y) / logits.shape[0]
