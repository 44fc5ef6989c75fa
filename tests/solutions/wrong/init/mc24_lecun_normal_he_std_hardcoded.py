"""init.lecun_normal: std sqrt(2 / n_in), He's gain, with n_in written out whatever mode says."""


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / n_in)
    return std * rng.standard_normal((n_in, n_out)), float(std)
