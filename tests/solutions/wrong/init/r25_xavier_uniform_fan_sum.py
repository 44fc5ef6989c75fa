def xavier_uniform(n_in, n_out, rng, mode="average"):
    """init.xavier_uniform: takes the "average" fan as the SUM n_in + n_out (the reduction without the division by
    2), so the limit is sqrt(3 / (n_in + n_out)), 1/sqrt(2) of the right one."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    limit = np.sqrt(3 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
