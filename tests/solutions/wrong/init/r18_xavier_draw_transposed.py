"""init.xavier_normal: draws 6.036-style (n_out, n_in) and transposes, so the right shape holds the generator's numbers in the wrong order."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
