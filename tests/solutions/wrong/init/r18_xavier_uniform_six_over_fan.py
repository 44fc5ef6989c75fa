"""init.xavier_uniform: limit = sqrt(6 / fan) with fan the average (n_in + n_out)/2, mixing the two formulas (the limit is sqrt(3 / fan) = sqrt(6 / (n_in + n_out)))."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
