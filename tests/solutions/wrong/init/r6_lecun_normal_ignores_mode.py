"""init.lecun_normal: always fan = n_in, ignoring mode (the module docstring says LeCun's mode works like He's)."""

def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / n_in)
    return std * rng.standard_normal((n_in, n_out)), std
