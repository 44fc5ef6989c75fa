"""activations.gelu_grad: returns Phi(z) only, forgetting the product rule's z phi(z); wrong wherever z != 0."""


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    return 0.5 * (1.0 + erf(z / math.sqrt(2.0)))
