"""Exercise: losses and their gradients.

Convention for every loss: sum over the output units, mean over the batch
(N = number of rows), so every gradient carries a factor 1/N. An empty batch
(N = 0) is no error: a loss is then NaN (the mean of no examples) and a
gradient has 0 rows.
"""

import numpy as np


def mse(Y_hat, Y):
    """Mean squared error. Y_hat, Y (N, K) or (N,) -> float.

    L = 1/(2N) sum_n sum_k (Y_hat_nk - Y_nk)^2.
    """
    raise NotImplementedError


def mse_grad(Y_hat, Y):
    """dL/dY_hat of mse: (Y_hat - Y) / N, shape of Y_hat."""
    raise NotImplementedError


def bce(P, Y):
    """Binary cross-entropy from probabilities. P (predicted P(y=1)), Y in {0, 1}: (N, K) or (N,) -> float.

    L = -(1/N) sum [Y log P + (1 - Y) log(1 - P)], with P clipped to [1e-12, 1 - 1e-12].
    """
    raise NotImplementedError


def bce_grad(P, Y):
    """dL/dP of bce: (P - Y) / (P (1 - P)) / N with P clipped as in bce; shape of P."""
    raise NotImplementedError


def cross_entropy_with_logits(Z, Y):
    """Categorical cross-entropy of softmax(Z) from logits Z (N, K), Y (N, K) one-hot -> float.

    L = -(1/N) sum_n sum_k Y_nk log_softmax(Z)_nk; finite for logits of any size.
    """
    raise NotImplementedError


def cross_entropy_with_logits_grad(Z, Y):
    """dL/dZ of cross_entropy_with_logits: (softmax(Z) - Y) / N, shape (N, K)."""
    raise NotImplementedError
