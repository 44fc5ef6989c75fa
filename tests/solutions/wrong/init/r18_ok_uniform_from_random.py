"""init.he_uniform: right; -limit + 2 limit rng.random(shape) is how Generator.uniform(-limit, limit) maps the same doubles, so the matrix is the reference's."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6 / fan)
    return -limit + 2 * limit * rng.random((n_in, n_out)), limit
