"""activations.gelu_grad: the normal density written exp(-z^2) / sqrt(2 pi), dropping the /2 in the exponent (right only at z = 0)."""

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    cdf = 0.5 * (1 + np.vectorize(math.erf, otypes=[np.float64])(z / np.sqrt(2)))
    return cdf + z * np.exp(-z ** 2) / np.sqrt(2 * np.pi)
