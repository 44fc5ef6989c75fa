"""init.he_normal: the average fan uses integer division (n_in + n_out) // 2: wrong when n_in + n_out is odd."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) // 2}[mode]
    std = np.sqrt(2 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
