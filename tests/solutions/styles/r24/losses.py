"""Losses as energies and free energies (r24 style: a physicist after Mehta et al.).

The squared error is the energy of a harmonic spring between prediction and
target; the cross-entropy from logits is <log Z - z_y>: the free energy of the
row minus the energy of the occupied class, averaged over the sample.
"""

import numpy as np


def _n_samples(A):
    return np.shape(A)[0]


def mse(Y_hat, Y):
    r = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    N = _n_samples(r)
    # N = 0: the mean of no examples is NaN, as the docstring asks (no warning)
    return float(0.5 * np.sum(r * r) / N) if N else float("nan")


def mse_grad(Y_hat, Y):
    r = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return r / max(_n_samples(r), 1)


_EPS = 1e-12


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    Y = np.asarray(Y, dtype=np.float64)
    N = _n_samples(P)
    if N == 0:
        return float("nan")
    return float(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)) / N)


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / (P * (1.0 - P)) / max(_n_samples(P), 1)


def _log_partition(Z):
    """log sum_k exp(z_k) per row, measured from the ground state (max logit): -F for beta = 1."""
    m = Z.max(axis=1, keepdims=True)
    return m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N = _n_samples(Z)
    if N == 0:
        return float("nan")
    # -log p_y = log Z_n - z_y: energy of the occupied class above the free energy
    return float(np.sum(Y * (_log_partition(Z) - Z)) / N)


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    p = np.exp(Z - _log_partition(Z))
    return (p - np.asarray(Y, dtype=np.float64)) / max(_n_samples(Z), 1)
