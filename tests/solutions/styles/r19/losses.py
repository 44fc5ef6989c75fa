"""Losses the way a PyTorch user ports torch.nn.functional: each loss first computes the summed loss
(reduction='sum') and then applies the reduction; F.cross_entropy takes class indices, so the one-hot
targets are turned back into indices with argmax and the log-probabilities gathered."""

import numpy as np


def _reduce_mean(total, n):
    # reduction='mean' over the batch; torch gives nan for an empty batch (no warning here)
    return float(total) / n if n else float("nan")


def _batch(x):
    return np.asarray(x, dtype=np.float64).shape[0]


def mse(Y_hat, Y):
    """Mean squared error. Y_hat, Y (N, K) or (N,) -> float. L = 1/(2N) sum_n sum_k (Y_hat_nk - Y_nk)^2."""
    diff = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return _reduce_mean(0.5 * np.sum(diff * diff), _batch(Y_hat))


def mse_grad(Y_hat, Y):
    """dL/dY_hat of mse: (Y_hat - Y) / N, shape of Y_hat."""
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    return (Y_hat - Y) / max(Y_hat.shape[0], 1)


def _clamp(P):
    return np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)


def bce(P, Y):
    """Binary cross-entropy from probabilities, P clipped to [1e-12, 1 - 1e-12]. -> float."""
    p = _clamp(P)
    y = np.asarray(Y, dtype=np.float64)
    total = -np.sum(y * np.log(p) + (1 - y) * np.log1p(-p))
    return _reduce_mean(total, p.shape[0])


def bce_grad(P, Y):
    """dL/dP of bce: (P - Y) / (P (1 - P)) / N with P clipped as in bce; shape of P."""
    p = _clamp(P)
    return (p - Y) / (p * (1 - p)) / max(p.shape[0], 1)


def _log_softmax(logits):
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    """Categorical cross-entropy of softmax(Z) from logits Z (N, K), Y (N, K) one-hot -> float."""
    logits = np.asarray(Z, dtype=np.float64)
    target = np.asarray(Y).argmax(axis=1)          # F.cross_entropy wants class indices
    picked = _log_softmax(logits)[np.arange(logits.shape[0]), target]   # gather(1, target)
    return _reduce_mean(-picked.sum(), logits.shape[0])


def cross_entropy_with_logits_grad(Z, Y):
    """dL/dZ of cross_entropy_with_logits: (softmax(Z) - Y) / N, shape (N, K)."""
    logits = np.asarray(Z, dtype=np.float64)
    grad = np.exp(_log_softmax(logits))
    grad[np.arange(logits.shape[0]), np.asarray(Y).argmax(axis=1)] -= 1.0
    return grad / max(logits.shape[0], 1)
