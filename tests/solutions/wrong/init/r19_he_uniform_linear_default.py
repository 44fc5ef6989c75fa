"""init.he_uniform: nn.Linear's default kaiming_uniform_(a=sqrt(5)): limit = sqrt(1 / fan) instead of He's sqrt(6 / fan)."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(1.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
