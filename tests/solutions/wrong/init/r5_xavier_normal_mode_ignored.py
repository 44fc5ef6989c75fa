"""init.xavier_normal: Xavier normal ignores mode: always sqrt(2 / (n_in + n_out))."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(2 / (n_in + n_out))
    return std * rng.standard_normal((n_in, n_out)), std
