"""init.he_normal: W drawn in Hagan's (S, R) = (n_out, n_in) layout and transposed: right shape and std, but not the reference's draw order."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
