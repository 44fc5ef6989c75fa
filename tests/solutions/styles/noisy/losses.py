"""Losses (noisy style): prints the loss, errstate around logs."""

import numpy as np

print("losses.py loaded")
EPS = 1e-12


def mse(Y_hat, Y):
    """Half the squared error, averaged over rows."""
    Y_hat, Y = np.asarray(Y_hat, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    L = float(np.sum((Y_hat - Y) ** 2) / (2 * Y_hat.shape[0]))
    print("mse =", L)
    return L


def mse_grad(Y_hat, Y):
    """(Y_hat - Y) / N."""
    Y_hat, Y = np.asarray(Y_hat, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    return (Y_hat - Y) / Y_hat.shape[0]


def bce(P, Y):
    """Binary cross-entropy with clipping."""
    with np.errstate(divide="ignore", invalid="ignore"):
        P = np.clip(np.asarray(P, dtype=np.float64), EPS, 1 - EPS)
        Y = np.asarray(Y, dtype=np.float64)
        L = -np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.shape[0]
    print("bce =", L)
    return float(L)


def bce_grad(P, Y):
    """(P - Y) / (P (1 - P)) / N with the same clipping."""
    P = np.clip(np.asarray(P, dtype=np.float64), EPS, 1 - EPS)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / (P * (1 - P)) / P.shape[0]


def cross_entropy_with_logits(Z, Y):
    """Cross-entropy through a row-wise log-softmax."""
    Z, Y = np.asarray(Z, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    L = -np.sum(Y * logp) / Z.shape[0]
    print(f"ce = {L:.6f}")
    return float(L)


def cross_entropy_with_logits_grad(Z, Y):
    """(softmax(Z) - Y) / N."""
    Z, Y = np.asarray(Z, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return (E / E.sum(axis=1, keepdims=True) - Y) / Z.shape[0]


print("check:", mse(np.zeros((2, 1)), np.ones((2, 1))))
