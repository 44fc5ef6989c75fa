"""init.he_uniform: limit * rng.standard_normal(...) instead of rng.uniform(-limit, limit, ...)."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return limit * rng.standard_normal((n_in, n_out)), limit
