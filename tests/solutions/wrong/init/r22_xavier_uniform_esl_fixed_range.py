"""init.xavier_uniform: ESL's 'starting values near zero', uniform on [-0.7, 0.7] whatever the layer's widths, not limit = sqrt(3 / fan)."""


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = 0.7
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
