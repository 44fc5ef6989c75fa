"""init.he_normal: Right: rng.normal(0, std, size) draws loc + std * standard_normal, the same stream; std returned as numpy float64."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out}.get(mode, (n_in + n_out) / 2)
    std = np.sqrt(2.0 / fan)
    return rng.normal(0.0, std, size=(n_in, n_out)), std
