"""init.he_normal: std = sqrt(1 / fan) (the Xavier/LeCun gain) instead of sqrt(2 / fan)."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
