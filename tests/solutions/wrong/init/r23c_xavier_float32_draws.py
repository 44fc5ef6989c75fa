"""init.xavier_normal: rng.standard_normal(..., dtype=np.float32) uses another sampler: not the reference's values."""


def xavier_normal(n_in, n_out, rng, mode="average"):
    match mode:
        case "fan_in":
            fan = n_in
        case "fan_out":
            fan = n_out
        case _:
            fan = (n_in + n_out) / 2
    std = np.sqrt(1 / fan)
    return std * rng.standard_normal((n_in, n_out), dtype=np.float32), std
