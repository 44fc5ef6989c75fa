"""init.he_normal: multiplies by the variance 2/fan instead of the standard deviation sqrt(2/fan) (and returns it as std)."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    var = 2.0 / fan
    return var * rng.standard_normal((n_in, n_out)), var
