"""init.he_normal: He normal always uses n_out as the fan, whatever the mode."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2 / n_out)
    return std * rng.standard_normal((n_in, n_out)), std
