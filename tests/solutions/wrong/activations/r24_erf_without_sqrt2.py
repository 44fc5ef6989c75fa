"""activations.gelu: uses Phi(z) = (1 + erf(z))/2, the physicist's erf without the 1/sqrt 2 of the unit Gaussian."""


def _r24_erf_v(z):
    import math
    return np.vectorize(math.erf, otypes=[np.float64])(z)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1.0 + _r24_erf_v(z))
