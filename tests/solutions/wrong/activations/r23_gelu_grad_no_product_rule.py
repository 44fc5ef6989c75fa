"""activations.gelu_grad: returns Phi(z) only: the product rule's z phi(z) term is missing"""

import numpy as np


def gelu_grad(z):
    """d/dz [z Phi(z)] taken as Phi(z), as if z were a constant factor."""
    import math
    erf = np.vectorize(math.erf, otypes=[np.float64])
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + erf(z / np.sqrt(2.0)))
