"""init.he_normal: right: n_in n_out standard normals drawn as a flat vector and reshaped (row-major) are the same
values in the same places as a draw of shape (n_in, n_out)."""


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2 / fan)
    return std * np.reshape(rng.standard_normal(n_in * n_out), (n_in, n_out)), std
