"""Initialisers (noisy style): prints the scale of every matrix."""

import numpy as np

print("init.py loaded")
FANS = {"fan_in": lambda i, o: i, "fan_out": lambda i, o: o, "average": lambda i, o: (i + o) / 2}


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """std = sqrt(2 / fan)."""
    std = np.sqrt(2 / FANS[mode](n_in, n_out))
    print(f"he_normal {n_in}x{n_out} std={std:.4f}")
    return rng.standard_normal((n_in, n_out)) * std, std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """limit = sqrt(6 / fan)."""
    limit = np.sqrt(6 / FANS[mode](n_in, n_out))
    print(f"he_uniform {n_in}x{n_out} limit={limit:.4f}")
    return rng.uniform(-limit, limit, (n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    """std = sqrt(1 / fan)."""
    std = np.sqrt(1 / FANS[mode](n_in, n_out))
    print("xavier_normal std", std)
    return rng.standard_normal((n_in, n_out)) * std, std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """limit = sqrt(3 / fan)."""
    limit = np.sqrt(3 / FANS[mode](n_in, n_out))
    print("xavier_uniform limit", limit)
    return rng.uniform(-limit, limit, (n_in, n_out)), limit


_W, _s = he_normal(3, 2, np.random.default_rng(0))
print("demo he_normal", _W.shape, _s)
