"""init.xavier_normal: right: rng.normal(0, std, size) draws loc + std * standard normal, the same stream and values as std * rng.standard_normal."""


def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": 0.5 * (n_in + n_out)}[mode]
    std = float(np.sqrt(1.0 / fan))
    return rng.normal(0.0, std, size=(n_in, n_out)), std
