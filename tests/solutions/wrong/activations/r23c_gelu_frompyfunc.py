"""activations.gelu: np.frompyfunc(math.erf) gives an object-dtype array, never converted to float64."""


import math


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.frompyfunc(math.erf, 1, 1)
    return z * (1 + erf(z / np.sqrt(2.0))) / 2
