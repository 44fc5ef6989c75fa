"""Softmax family, each function reshaping to a batch of rows and back."""

import numpy as np


def _rows(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z.reshape(-1, Z.shape[-1]), Z.shape


def _shifted(R):
    return R - R.max(axis=1, keepdims=True)


def softmax(Z):
    """Softmax of logits Z: (K,) or (N, K) -> same shape, each row positive and summing to 1.

    s_i = exp(z_i - max z) / sum_j exp(z_j - max z).
    """
    R, shape = _rows(Z)
    E = np.exp(_shifted(R))
    E /= E.sum(axis=1, keepdims=True)
    return E.reshape(shape)


def log_softmax(Z):
    """log softmax(Z): (K,) or (N, K) -> same shape, computed without forming softmax.

    log s_i = (z_i - m) - log sum_j exp(z_j - m), m = max z; finite for logits of any size.
    """
    R, shape = _rows(Z)
    D = _shifted(R)
    D -= np.log(np.exp(D).sum(axis=1, keepdims=True))
    return D.reshape(shape)


def softmax_jacobian(Z):
    """Jacobian ds/dz of softmax: z (K,) -> (K, K), or a batch Z (N, K) -> (N, K, K).

    J[i, j] = d s_i / d z_j = s_i (delta_ij - s_j), i.e. J = diag(s) - s s^T (symmetric).
    """
    R, shape = _rows(Z)
    S = softmax(R)
    K = S.shape[1]
    J = np.einsum("ni,ij->nij", S, np.eye(K)) - np.einsum("ni,nj->nij", S, S)
    return J.reshape(shape + (K,))


def softmax_cross_entropy_grad(logits, Y):
    """dL/dlogits for L = -(1/N) sum_n sum_k Y_nk log softmax(logits)_nk.

    logits (N, K), Y (N, K) one-hot (rows summing to 1) -> (N, K) = (softmax(logits) - Y) / N.
    """
    S = softmax(logits)
    n = S.shape[0]
    # (s - y) / N, the division spread over both terms
    return S / n - np.asarray(Y, dtype=np.float64) / n
