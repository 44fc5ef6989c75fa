"""init.xavier_normal: fan = (n_in + n_out) // 2 (integer division): wrong whenever n_in + n_out is odd."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) // 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
