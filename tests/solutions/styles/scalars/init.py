"""Initialisers with np.float64 scales and np.multiply(out=) (scalars style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    n_in, n_out = np.float64(n_in), np.float64(n_out)
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / np.float64(2)}[mode]


def _normal(n_in, n_out, rng, std):
    W = rng.standard_normal((n_in, n_out))
    np.multiply(W, std, out=W)
    return W, np.float64(std)


def _uniform(n_in, n_out, rng, limit):
    return rng.uniform(-limit, limit, size=(n_in, n_out)), np.float64(limit)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, np.sqrt(np.float64(2) / _fan(n_in, n_out, mode)))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, np.sqrt(np.float64(6) / _fan(n_in, n_out, mode)))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, np.sqrt(np.float64(1) / _fan(n_in, n_out, mode)))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, np.sqrt(np.float64(3) / _fan(n_in, n_out, mode)))
