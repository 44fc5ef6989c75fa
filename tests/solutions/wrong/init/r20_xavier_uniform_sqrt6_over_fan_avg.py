"""init.xavier_uniform: limit = sqrt(6 / fan) with fan the average (Glorot's sqrt(6/(n_in + n_out)) mixed with fan_avg): sqrt(2) too wide."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"average": (n_in + n_out) / 2, "fan_in": n_in, "fan_out": n_out}[mode]
    limit = np.sqrt(6 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
