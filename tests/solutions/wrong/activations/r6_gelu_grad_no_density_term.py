"""activations.gelu_grad: Phi(z) only, the z phi(z) term is missing."""

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    return 0.5 * (1.0 + erf(z / math.sqrt(2.0)))
