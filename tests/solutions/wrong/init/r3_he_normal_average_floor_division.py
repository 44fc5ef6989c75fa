"""init.he_normal: fan for "average" is (n_in + n_out) // 2, integer division: wrong std whenever n_in + n_out is odd."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) // 2}[mode]
    std = np.sqrt(2 / fan)
    return std * rng.standard_normal((n_in, n_out)), float(std)
