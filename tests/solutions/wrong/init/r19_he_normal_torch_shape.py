"""init.he_normal: draws torch's weight shape (n_out, n_in) and transposes it: the right shape and statistics but not the reference's values (the rng stream is laid out by rows of the other shape)."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
