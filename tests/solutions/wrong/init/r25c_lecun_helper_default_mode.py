"""init.lecun_normal: a helper generalised from Xavier keeps mode="average" as its default, and the call forgets to pass mode."""

def _r25c_scaled(n_in, n_out, gain, mode="average"):
    return np.sqrt(gain / _fan(n_in, n_out, mode))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = _r25c_scaled(n_in, n_out, 1.0)
    return std * rng.standard_normal((n_in, n_out)), float(std)
