"""init.lecun_uniform: limit sqrt(6 / fan) (He's) instead of sqrt(3 / fan)."""

def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
