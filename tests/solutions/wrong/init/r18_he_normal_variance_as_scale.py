"""init.he_normal: passes the variance 2 / fan as rng.normal's scale, which is the standard deviation (the draw's std is 2/fan, not sqrt(2/fan))."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2 / fan)
    return rng.normal(0, 2 / fan, (n_in, n_out)), std
