"""init.xavier_normal: the default mode is "fan_in" instead of "average" (right whenever mode is passed)."""

def xavier_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1 / fan)
    return std * rng.standard_normal((n_in, n_out)), float(std)
