"""init.xavier_uniform: the limit is Xavier's normal std sqrt(2 / (n_in + n_out)) written out, not sqrt(3 / fan), and mode is ignored."""


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(2.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
