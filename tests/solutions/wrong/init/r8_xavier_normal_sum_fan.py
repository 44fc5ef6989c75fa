"""init.xavier_normal: fan = n_in + n_out for mode 'average' (std = sqrt(1/(n_in+n_out))), sqrt(2) too small; other modes right."""


def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = n_in + n_out if mode == "average" else _fan(n_in, n_out, mode)
    std = np.sqrt(1 / fan)
    return std * rng.standard_normal((n_in, n_out)), float(std)
