"""init.he_uniform: right: rng.uniform(low, high) is low + (high - low) * rng.random(), so 2 limit u - limit from
rng.random draws the same values from the same stream."""


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6 / fan)
    return (2 * limit) * rng.random((n_in, n_out)) + (-limit), limit
