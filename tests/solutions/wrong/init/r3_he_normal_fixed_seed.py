"""init.he_normal: draws from a fresh np.random.default_rng(0) left over from testing instead of the rng it is given:
every call returns the same matrix whatever the caller's generator."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2 / fan)
    return std * np.random.default_rng(0).standard_normal((n_in, n_out)), float(std)
