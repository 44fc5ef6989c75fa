"""init.he_normal: drawn in UFLDL's (hidden, visible) = (n_out, n_in) layout and transposed: the right shape, other values than the stub's draw"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """W1 = std * randn(hiddenSize, visibleSize), then W1' to match the stub's shape."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
