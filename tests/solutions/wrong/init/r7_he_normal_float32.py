"""init.he_normal: stores the weights as float32 "to save memory", so W is not float64 and its values are rounded (about 1e-8 relative)."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return (std * rng.standard_normal((n_in, n_out))).astype(np.float32), std
