"""init.xavier_normal: right: rng.normal(0, std, size) is 0 + std * rng.standard_normal(size), the same values from the
same stream."""


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1 / {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode])
    return rng.normal(0.0, std, size=(n_in, n_out)), std
