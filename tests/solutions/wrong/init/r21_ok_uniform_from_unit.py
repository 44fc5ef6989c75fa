"""init.he_uniform: Right: limit * rng.uniform(-1, 1, size) is the same draw as rng.uniform(-limit, limit, size), equal up to rounding."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return limit * rng.uniform(-1.0, 1.0, size=(n_in, n_out)), limit
