"""activations.gelu: z (1 + erf(z / sqrt 2)), the 1/2 of Phi forgotten."""

import math
import numpy as np

def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    return z * (1 + erf(z / math.sqrt(2)))
