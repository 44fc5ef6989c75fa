"""activations.gelu_grad: the Gaussian density phi(z) = exp(-z^2/2) lacks its 1/sqrt(2 pi) normalisation."""


def _r24_Phi(z):
    import math
    return 0.5 * (1.0 + np.vectorize(math.erf, otypes=[np.float64])(z / math.sqrt(2.0)))


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _r24_Phi(z) + z * np.exp(-0.5 * z * z)
