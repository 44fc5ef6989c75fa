"""init.he_uniform: right: the same rng.uniform draw passed through np.matrix and back (.A); values, shape and limit unchanged."""


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]
    limit = np.sqrt(6.0 / fan)
    return np.asmatrix(rng.uniform(-limit, limit, size=(n_in, n_out))).A, float(limit)
