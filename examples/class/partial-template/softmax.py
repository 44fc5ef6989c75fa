"""Exercise: softmax, log-softmax, the softmax Jacobian and the softmax + cross-entropy gradient.

Softmax acts on the last axis. Subtract the row maximum before exponentiating
so that logits as large as 1e4 still give finite results. A result depends
only on the values passed: a caller may refill its logits array in place and
call again.
"""

import numpy as np


def softmax(Z):
    """Softmax of logits Z: (K,) or (N, K) -> same shape, each row positive and summing to 1.

    s_i = exp(z_i - max z) / sum_j exp(z_j - max z).
    """
    raise NotImplementedError


def log_softmax(Z):
    """log softmax(Z): (K,) or (N, K) -> same shape, computed without forming softmax.

    log s_i = (z_i - m) - log sum_j exp(z_j - m), m = max z; finite for logits of any size.
    """
    raise NotImplementedError


def softmax_jacobian(Z):
    """Jacobian ds/dz of softmax: z (K,) -> (K, K), or a batch Z (N, K) -> (N, K, K).

    J[i, j] = d s_i / d z_j = s_i (delta_ij - s_j), i.e. J = diag(s) - s s^T (symmetric).
    """
    raise NotImplementedError


def softmax_cross_entropy_grad(logits, Y):
    """dL/dlogits for L = -(1/N) sum_n sum_k Y_nk log softmax(logits)_nk.

    logits (N, K), Y (N, K) one-hot (rows summing to 1) -> (N, K) = (softmax(logits) - Y) / N.
    """
    raise NotImplementedError
