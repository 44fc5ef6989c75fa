"""init.he_normal: std 2 / n_in, the variance instead of its square root, with n_in whatever mode says."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = 2.0 / n_in
    return std * rng.standard_normal((n_in, n_out)), std
