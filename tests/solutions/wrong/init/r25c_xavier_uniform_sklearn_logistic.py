"""init.xavier_uniform: scikit-learn MLP's factor 2 for logistic layers: limit = sqrt(2/(n_in+n_out)) instead of sqrt(6/(n_in+n_out))."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(2 / (2 * _fan(n_in, n_out, mode)))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
