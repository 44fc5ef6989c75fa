"""Losses as Geron's 'Hands-On Machine Learning' writes them: m = len(y) the number of instances, the cost
J = 1/m sum of the per-instance losses, the logistic cost with epsilon-clipped probabilities; the stub's MSE
carries 1/2 so its gradient is (y_hat - y)/m (Geron's 2/m without the half)."""

import numpy as np

epsilon = 1e-12


def mse(Y_hat, Y):
    errors = np.asarray(Y_hat, dtype=float) - np.asarray(Y, dtype=float)
    m = len(errors)
    if m == 0:
        return float("nan")
    return float((errors ** 2).sum() / (2 * m))


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=float)
    m = len(Y_hat)
    return (Y_hat - Y) / m


def bce(P, Y):
    p_hat = np.clip(np.asarray(P, dtype=float), epsilon, 1 - epsilon)
    y = np.asarray(Y, dtype=float)
    m = len(p_hat)
    if m == 0:
        return float("nan")
    J = -(y * np.log(p_hat) + (1 - y) * np.log(1 - p_hat)).sum() / m
    return float(J)


def bce_grad(P, Y):
    p_hat = np.clip(np.asarray(P, dtype=float), epsilon, 1 - epsilon)
    m = len(p_hat)
    return (p_hat - Y) / (p_hat * (1 - p_hat)) / m


def _softmax_proba(Z):
    Z = np.asarray(Z, dtype=float)
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=float)
    m = len(Z)
    if m == 0:
        return float("nan")
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_proba = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-(Y * log_proba).sum() / m)


def cross_entropy_with_logits_grad(Z, Y):
    m = len(Z)
    return (_softmax_proba(Z) - Y) / m
