"""init.xavier_uniform: fan = (n_in + n_out) // 2 for mode 'average', integer division; wrong (limit too large) whenever n_in + n_out is odd."""


def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = (n_in + n_out) // 2 if mode == "average" else _fan(n_in, n_out, mode)
    limit = np.sqrt(3 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
