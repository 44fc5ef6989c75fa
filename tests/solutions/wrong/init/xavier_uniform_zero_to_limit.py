"""init.xavier_uniform: draws from U(0, limit) instead of U(-limit, limit)."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(3.0 / fan)
    return rng.uniform(0.0, limit, size=(n_in, n_out)), limit
