"""init.xavier_uniform: Xavier uniform with the normal's std as its limit: sqrt(1 / fan) instead of sqrt(3 / fan)."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(1 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
