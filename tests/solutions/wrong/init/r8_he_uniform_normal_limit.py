"""init.he_uniform: limit = sqrt(2 / fan) (the normal std) instead of sqrt(6 / fan); W and limit sqrt(3) too small."""


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(2 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
