"""init.he_normal: draws (n_out, n_in) and transposes: right shape and scale, different matrix from the same rng."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return std * rng.standard_normal((n_out, n_in)).T, std
