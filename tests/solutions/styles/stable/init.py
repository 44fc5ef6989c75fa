"""Initialisers with rng.normal(0, std) and a scale computed in log space (stable style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    if mode == "fan_out":
        return float(n_out)
    if mode == "average":
        return 0.5 * (n_in + n_out)
    return float(n_in)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / _fan(n_in, n_out, mode))
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return rng.uniform(low=-limit, high=limit, size=(n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(low=-limit, high=limit, size=(n_in, n_out)), limit
