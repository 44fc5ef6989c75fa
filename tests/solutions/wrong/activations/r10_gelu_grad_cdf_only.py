"""activations.gelu_grad: Phi(z) only, the product rule's z phi(z) term forgotten"""

import numpy as np

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _phi_cdf(z)
