"""Losses with their gradients, one convention for all of them.

Every loss is a per-example loss summed over the output units and averaged
over the batch: L = (1/N) sum_n l(y_hat_n, y_n), with N = len(Y). So every
gradient carries the factor 1/N, and the gradient a backward pass starts from
is dL/dY_hat of shape (N, K), like the predictions.

MSE takes half the squared error, l = 1/2 sum_k (y_hat_k - y_k)^2, so that the
course's scalar example L = 1/2 (y_hat - y)^2 is the N = 1, K = 1 case and
the gradient is simply (Y_hat - Y) / N.

Losses "from probabilities" clip P into [EPS, 1 - EPS] so log never sees 0;
the "with_logits" forms are exact and stable for logits of any magnitude.

An empty batch (N = 0) is no error: a loss is then NaN, the mean of no
examples (as numpy's mean of nothing, without its warning), and a gradient
is an array of 0 rows of the predictions' shape.
"""

from dataclasses import dataclass
from typing import Callable

import numpy as np

from mlptutor.reference.activations import sigmoid
from mlptutor.reference.softmax import log_softmax, softmax_cross_entropy_grad

EPS = 1e-12  # the clipping bound the docstrings spell out as 1e-12


def _pair(name, Y_hat, Y, classes=False):
    """float64 predictions, targets and batch size N; ValueError when the shapes differ.

    Differing shapes such as (N, 1) and (N,) would silently broadcast to (N, N).
    classes=True: a categorical loss, which needs (N, K) to tell examples from classes.
    """
    Y_hat, Y = np.asarray(Y_hat, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    if Y_hat.shape != Y.shape or Y.ndim == 0:
        raise ValueError(f"{name}: predictions {Y_hat.shape} and targets {Y.shape} must have the same (batch, ...) shape; reshape the targets to {Y_hat.shape}")
    if classes and Y.ndim != 2:
        raise ValueError(f"{name}: predictions {Y_hat.shape} must be (N, K), one row per example; for one example pass P[None, :]")
    return Y_hat, Y, Y.shape[0]


def _mean(total, N):
    """total / N, the batch mean; NaN for N = 0 (no examples), where total / 0 would warn."""
    return float(total / N) if N else float("nan")


def mse(Y_hat, Y):
    """Mean squared error. Y_hat, Y (N, K) or (N,) -> float.

    L = 1/(2N) sum_n sum_k (Y_hat_nk - Y_nk)^2.
    """
    Y_hat, Y, N = _pair("mse", Y_hat, Y)
    return _mean(0.5 * np.sum((Y_hat - Y) ** 2), N)


def mse_grad(Y_hat, Y):
    """dL/dY_hat of mse: (Y_hat - Y) / N, shape of Y_hat."""
    Y_hat, Y, N = _pair("mse_grad", Y_hat, Y)
    return (Y_hat - Y) / N


def _clip(P):
    return np.clip(P, EPS, 1.0 - EPS)


def bce(P, Y):
    """Binary cross-entropy from probabilities. P (predicted P(y=1)), Y in {0, 1}: (N, K) or (N,) -> float.

    L = -(1/N) sum [Y log P + (1 - Y) log(1 - P)], with P clipped to [1e-12, 1 - 1e-12].
    """
    P, Y, N = _pair("bce", P, Y)
    P = _clip(P)
    return _mean(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log1p(-P)), N)


def bce_grad(P, Y):
    """dL/dP of bce: (P - Y) / (P (1 - P)) / N with P clipped as in bce; shape of P."""
    P, Y, N = _pair("bce_grad", P, Y)
    P = _clip(P)
    return (P - Y) / (P * (1.0 - P)) / N


def bce_with_logits(Z, Y):
    """Binary cross-entropy of sigmoid(Z), computed from the logits Z: (N, K) or (N,) -> float.

    Per element l = max(z, 0) - z y + log(1 + exp(-|z|)), which equals
    -[y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))] but never overflows.
    """
    Z, Y, N = _pair("bce_with_logits", Z, Y)
    # exp(-|z|) underflows to 0 for large |z|: log1p(0) = 0 is the correct value
    with np.errstate(under="ignore"):
        softplus = np.log1p(np.exp(-np.abs(Z)))
    return _mean(np.sum(np.maximum(Z, 0.0) - Z * Y + softplus), N)


def bce_with_logits_grad(Z, Y):
    """dL/dZ of bce_with_logits: (sigmoid(Z) - Y) / N, shape of Z."""
    Z, Y, N = _pair("bce_with_logits_grad", Z, Y)
    return (sigmoid(Z) - Y) / N


def cross_entropy(P, Y):
    """Categorical cross-entropy from probabilities. P (N, K) rows summing to 1, Y (N, K) one-hot -> float.

    L = -(1/N) sum_n sum_k Y_nk log P_nk = mean of -log P[n, true class], P clipped below at 1e-12.
    """
    P, Y, N = _pair("cross_entropy", P, Y, classes=True)
    return _mean(-np.sum(Y * np.log(np.maximum(P, EPS))), N)


def cross_entropy_grad(P, Y):
    """dL/dP of cross_entropy: -Y / P / N (P clipped below at 1e-12), shape (N, K)."""
    P, Y, N = _pair("cross_entropy_grad", P, Y, classes=True)
    return -Y / np.maximum(P, EPS) / N


def cross_entropy_with_logits(Z, Y):
    """Categorical cross-entropy of softmax(Z) from logits Z (N, K), Y (N, K) one-hot -> float.

    L = -(1/N) sum_n sum_k Y_nk log_softmax(Z)_nk; finite for logits of any size.
    """
    Z, Y, N = _pair("cross_entropy_with_logits", Z, Y, classes=True)
    return _mean(-np.sum(Y * log_softmax(Z)), N)


def cross_entropy_with_logits_grad(Z, Y):
    """dL/dZ of cross_entropy_with_logits: (softmax(Z) - Y) / N, shape (N, K)."""
    Z, Y, _ = _pair("cross_entropy_with_logits_grad", Z, Y, classes=True)
    return softmax_cross_entropy_grad(Z, Y)


@dataclass(frozen=True)
class Loss:
    """A registry entry: value(Y_hat, Y) -> float and grad(Y_hat, Y) -> dL/dY_hat."""

    value: Callable
    grad: Callable


LOSSES = {
    "mse": Loss(mse, mse_grad),
    "bce": Loss(bce, bce_grad),
    "bce_with_logits": Loss(bce_with_logits, bce_with_logits_grad),
    "cross_entropy": Loss(cross_entropy, cross_entropy_grad),
    "cross_entropy_with_logits": Loss(cross_entropy_with_logits, cross_entropy_with_logits_grad),
}


def get_loss(name):
    """The registry entry for `name`; ValueError naming the choices if unknown."""
    try:
        return LOSSES[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown loss {name!r}: use one of {', '.join(LOSSES)}") from None
