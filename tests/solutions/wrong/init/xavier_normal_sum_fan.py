"""init.xavier_normal: std = sqrt(1 / (n_in + n_out)) in mode average (the /2 of the mean fan is lost)."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
