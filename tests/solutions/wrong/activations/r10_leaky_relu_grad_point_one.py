"""activations.leaky_relu_grad: slope 0.1 hard-coded on the negative side, alpha ignored"""

import numpy as np

def leaky_relu_grad(z, alpha=0.01):
    return np.where(np.asarray(z) > 0, 1.0, 0.1)
