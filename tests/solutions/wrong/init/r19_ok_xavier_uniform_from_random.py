"""init.xavier_uniform: RIGHT: -limit + 2 limit * rng.random(size) is exactly what rng.uniform(-limit, limit, size) computes from the same draws (torch's uniform_ writes it this way)."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = float(np.sqrt(3.0 / fan))
    return -limit + (2.0 * limit) * rng.random((n_in, n_out)), limit
