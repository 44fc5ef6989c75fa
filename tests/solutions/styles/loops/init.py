"""Initialisers: if/elif for the fan (loops style)."""


def _fan(n_in, n_out, mode):
    if mode == "fan_in":
        return n_in
    elif mode == "fan_out":
        return n_out
    elif mode == "average":
        return (n_in + n_out) / 2
    raise ValueError(f"unknown mode {mode!r}")


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = (2 / _fan(n_in, n_out, mode)) ** 0.5
    return std * rng.standard_normal((n_in, n_out)), std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = (6 / _fan(n_in, n_out, mode)) ** 0.5
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = (1 / _fan(n_in, n_out, mode)) ** 0.5
    return std * rng.standard_normal((n_in, n_out)), std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = (3 / _fan(n_in, n_out, mode)) ** 0.5
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
