"""init.lecun_normal: draws from np.random instead of the given rng, so a seed does not give the reference's matrix."""


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return std * np.random.standard_normal((n_in, n_out)), float(std)
