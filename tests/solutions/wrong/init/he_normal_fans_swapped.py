"""init.he_normal: uses n_out for mode 'fan_in' and n_in for 'fan_out'."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_out, "fan_out": n_in, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
