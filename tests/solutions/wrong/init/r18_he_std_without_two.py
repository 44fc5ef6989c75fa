"""init.he_normal: uses 6.036's default std = fan**-0.5 (LeCun's), without the 2 of He's sqrt(2 / fan)."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = fan ** -0.5
    return rng.normal(0, std, (n_in, n_out)), std
