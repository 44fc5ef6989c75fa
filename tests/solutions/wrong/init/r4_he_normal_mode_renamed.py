"""init.he_normal: the mode parameter renamed to `fan`, so he_normal(..., mode="fan_out") raises TypeError."""

def he_normal(n_in, n_out, rng, fan="fan_in"):
    n = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[fan]
    std = np.sqrt(2.0 / n)
    return std * rng.standard_normal((n_in, n_out)), std
