"""Initialisers with a table of fans (einsum style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / _fan(n_in, n_out, mode))
    return np.einsum("ij,->ij", rng.standard_normal((n_in, n_out)), std), float(std)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return np.einsum("ij,->ij", rng.standard_normal((n_in, n_out)), std), float(std)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
