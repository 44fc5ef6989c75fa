"""activations.prelu_alpha_grad: 1 on the negative side (forgot the factor z)"""

import numpy as np

def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, 1.0)
