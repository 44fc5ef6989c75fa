"""init.xavier_uniform: limit = sqrt(6 / fan) (the sum-form numerator with the averaged fan), sqrt(2) too large in every mode."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
