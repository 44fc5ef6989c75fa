"""Backprop in Michael Nielsen's network.py habits: column-vector deltas (n_l, N),
nabla_w built as delta . a_prev^T (n_out, n_in) and transposed only when stored,
layers walked from the back with negative indices."""

import numpy as np


def _sigmoid_prime(z):
    # s (1 - s) = exp(-softplus(z) - softplus(-z)): finite and warning-free at +-1000.
    return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))


def _tanh_prime(z):
    t = np.tanh(z)
    return 1.0 - t * t


_PRIMES = {
    "identity": lambda z: np.ones_like(z, dtype=np.float64),
    "linear": lambda z: np.ones_like(z, dtype=np.float64),
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: (z > 0).astype(np.float64),
    "leaky_relu": lambda z: np.where(z > 0, 1.0, 0.01),
}


def _prime(name, z):
    if name not in _PRIMES:
        raise ValueError(f"unknown activation {name!r}")
    return _PRIMES[name](np.asarray(z, dtype=np.float64))


def mlp_backward(dout, caches):
    L = len(caches)
    nabla = {}
    # delta as columns: one column per example.
    delta = (np.asarray(dout, dtype=np.float64) * _prime(caches[-1]["activation"], caches[-1]["Z"])).T
    for l in range(1, L + 1):
        cache = caches[-l]
        a_prev = np.asarray(cache["A_prev"], dtype=np.float64)
        nabla_w = delta @ a_prev            # (n_out, n_in), Nielsen's layout
        nabla[f"W{L - l + 1}"] = nabla_w.T.copy()
        nabla[f"b{L - l + 1}"] = delta.sum(axis=1)
        if l < L:
            below = caches[-l - 1]
            w = np.asarray(cache["W"], dtype=np.float64)
            delta = (w @ delta) * _prime(below["activation"], below["Z"]).T
    return nabla
