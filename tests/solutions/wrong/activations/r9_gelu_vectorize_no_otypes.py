"""activations.gelu: np.vectorize(math.erf) without otypes: an empty array raises."""

import math
import numpy as np

def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf)
    return z * (1 + erf(z / math.sqrt(2))) / 2
