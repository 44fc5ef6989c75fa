"""init.xavier_uniform: draws size (n_out, n_in); wrong shape (and a different draw order) unless n_in == n_out."""


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_out, n_in)), float(limit)
