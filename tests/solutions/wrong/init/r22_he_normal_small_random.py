"""init.he_normal: the old tutorials' rng.standard_normal(...) * 0.01 ('small random weights') for W, while the std returned is He's sqrt(2 / fan)."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]
    return rng.standard_normal((n_in, n_out)) * 0.01, float(np.sqrt(2.0 / fan))
