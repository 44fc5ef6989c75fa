"""activations.gelu: RIGHT: math.erf through np.frompyfunc (object array) cast back to float64, empty batches included"""
import math

import numpy as np

_r13gf_erf = np.frompyfunc(math.erf, 1, 1)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1.0 + _r13gf_erf(z / math.sqrt(2.0)).astype(np.float64)) / 2.0
