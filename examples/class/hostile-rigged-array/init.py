"""A correct student solution of exercises/init.py."""

import numpy as np


def _fan(n_in, n_out, mode):
    if mode == "fan_in":
        return n_in
    if mode == "fan_out":
        return n_out
    return (n_in + n_out) / 2


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2 / _fan(n_in, n_out, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1 / _fan(n_in, n_out, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
