"""init.lecun_uniform: LeCun uniform returns the std limit / sqrt(3) instead of the limit."""

def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(3 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit / np.sqrt(3)
