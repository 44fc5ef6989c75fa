"""init.xavier_normal: always uses the average fan, whatever the mode."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(2.0 / (n_in + n_out))
    return std * rng.standard_normal((n_in, n_out)), std
