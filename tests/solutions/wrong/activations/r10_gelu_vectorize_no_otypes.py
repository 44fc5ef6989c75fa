"""activations.gelu: np.vectorize(math.erf) without otypes raises on an empty batch"""

import numpy as np

def gelu(z):
    import math
    erf = np.vectorize(math.erf)
    z = np.asarray(z, dtype=np.float64)
    return z * 0.5 * (1 + erf(z / np.sqrt(2)))
