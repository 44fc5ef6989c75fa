"""init.lecun_normal: always std = sqrt(1 / n_in), ignoring mode, although the module docstring says LeCun's mode works like He's
(fan_out -> n_out, average -> (n_in + n_out) / 2)."""

def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / n_in)
    return std * rng.standard_normal((n_in, n_out)), float(std)
