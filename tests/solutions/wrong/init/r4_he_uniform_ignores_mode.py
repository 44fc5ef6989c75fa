"""init.he_uniform: limit always sqrt(6 / n_in), whatever the mode (wrong for "fan_out" and "average" unless n_in == n_out)."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
