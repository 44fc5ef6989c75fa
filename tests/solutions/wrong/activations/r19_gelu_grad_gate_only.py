"""activations.gelu_grad: GELU's derivative taken as its gate Phi(z) only (like ReLU's 0/1 mask): the z phi(z) term is missing."""

def gelu_grad(z):
    import math
    erf = np.vectorize(math.erf, otypes=[np.float64])
    x = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + erf(x / math.sqrt(2.0)))
