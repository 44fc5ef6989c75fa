"""init.lecun_normal: fan for mode "average" taken as n_in + n_out (fan_avg's /2 forgotten): std sqrt(2) too small there."""

def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    std = np.sqrt(1 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
