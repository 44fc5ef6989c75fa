"""init.he_uniform: half-width sqrt(2/fan), the Gaussian's sigma, instead of sqrt(6/fan) = sqrt(3) sigma: variance 3 times too small."""


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(2.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
