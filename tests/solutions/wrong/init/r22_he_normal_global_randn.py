"""init.he_normal: draws with the global np.random.randn(n_in, n_out) of the old tutorials, not from the Generator rng (one seed, different matrices)."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]
    std = np.sqrt(2.0 / fan)
    return np.random.randn(n_in, n_out) * std, std
