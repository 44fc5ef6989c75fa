"""activations.gelu_grad: the normal density written exp(-z^2/2) / sqrt(pi), sqrt(2 pi) misremembered as sqrt(pi)."""

def gelu_grad(z):
    import math
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    cdf = 0.5 * (1.0 + erf(z / math.sqrt(2.0)))
    return cdf + z * np.exp(-0.5 * z * z) / math.sqrt(math.pi)
