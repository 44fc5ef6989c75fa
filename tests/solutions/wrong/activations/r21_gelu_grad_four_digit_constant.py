"""activations.gelu_grad: 1/sqrt(2 pi) hard-coded as 0.3989, a 4-digit macro: the z phi(z) term is 0.9999 times the right one."""

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + np.vectorize(math.erf, otypes=[np.float64])(z / np.sqrt(2.0))) + z * np.exp(-z * z / 2) * 0.3989
