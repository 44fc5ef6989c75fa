"""activations.prelu_alpha_grad: -z on the negative side (|z|), a sign slip."""

import numpy as np


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, -z)
