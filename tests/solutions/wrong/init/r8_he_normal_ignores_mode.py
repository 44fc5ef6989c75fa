"""init.he_normal: always fan = n_in whatever the mode; wrong for 'fan_out' and 'average' when n_in != n_out."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2 / n_in)
    return std * rng.standard_normal((n_in, n_out)), float(std)
