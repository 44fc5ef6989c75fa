"""init.xavier_normal: the right W but the variance 1/fan returned in place of std."""


def xavier_normal(n_in, n_out, rng, mode="average"):
    var = 1 / _fan(n_in, n_out, mode)
    return np.sqrt(var) * rng.standard_normal((n_in, n_out)), float(var)
