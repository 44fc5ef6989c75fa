"""init.he_normal: Right: rng.normal(0, std, size) is std * standard_normal from the same stream, value for value."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2 / fan)
    return rng.normal(0.0, std, size=(n_in, n_out)), std
