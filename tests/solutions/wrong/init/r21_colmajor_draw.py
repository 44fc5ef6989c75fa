"""init.he_normal: Draws randn(n_out, n_in) as Julia's Flux does (W is out x in there) and transposes: right shape and scale, not the reference values."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return std * rng.standard_normal((n_out, n_in)).T, std
