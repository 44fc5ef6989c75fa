"""init.he_uniform: torch nn.Linear's kaiming_uniform_(a=sqrt(5)): gain sqrt(2/(1+5)), so limit = sqrt(1/fan) instead of sqrt(6/fan)."""

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    gain = np.sqrt(2.0 / (1 + 5))
    limit = gain * np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
