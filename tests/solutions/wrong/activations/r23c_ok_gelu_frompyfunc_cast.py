"""activations.gelu: Right: np.frompyfunc(math.erf) cast back with astype(float64), empty arrays included."""


import math


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.frompyfunc(math.erf, 1, 1)(z / math.sqrt(2.0)).astype(np.float64)
    return z * (1 + erf) / 2
