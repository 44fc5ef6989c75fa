"""activations.gelu: erf(z / 2) instead of erf(z / sqrt 2)"""

import numpy as np

def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * 0.5 * (1 + _erf(z / 2))
