"""init.he_normal: draws in nn.Linear's (out, in) layout then transposes: right shape and std, other values than the stream's order."""

def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2 / _fan(n_in, n_out, mode))
    return (std * rng.standard_normal((n_out, n_in))).T, float(std)
