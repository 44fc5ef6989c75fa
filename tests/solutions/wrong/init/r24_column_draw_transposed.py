"""init.lecun_normal: draws the coupling matrix in the column-vector layout (n_out, n_in) and transposes it: right shape and spread, but not the values rng's draw order gives W (n_in, n_out)."""


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1.0 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
