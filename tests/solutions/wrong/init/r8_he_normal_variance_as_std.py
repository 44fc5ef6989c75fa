"""init.he_normal: std = 2 / fan (the variance, sqrt forgotten); wrong W and std for every fan except 2."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = 2 / _fan(n_in, n_out, mode)
    return std * rng.standard_normal((n_in, n_out)), float(std)
