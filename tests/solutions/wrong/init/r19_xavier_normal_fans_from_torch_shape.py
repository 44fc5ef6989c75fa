"""init.xavier_normal: torch's _calculate_fan_in_and_fan_out read on the (n_in, n_out) array: fan_in = shape[1] = n_out and fan_out = n_in, so "fan_in" and "fan_out" are swapped."""

def xavier_normal(n_in, n_out, rng, mode="average"):
    shape = (n_in, n_out)
    fan_in, fan_out = shape[1], shape[0]
    fan = {"fan_in": fan_in, "fan_out": fan_out, "average": (fan_in + fan_out) / 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
