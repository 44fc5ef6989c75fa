"""init.xavier_normal: Computes the average fan with C integer division (n_in + n_out) // 2: odd n_in + n_out gives too small a fan, too large a std."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) // 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
