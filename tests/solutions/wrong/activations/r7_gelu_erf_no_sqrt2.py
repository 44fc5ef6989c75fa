"""activations.gelu: Phi(z) written as (1 + erf(z)) / 2, without dividing z by sqrt 2 inside erf."""

def gelu(z):
    import math
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    return z * 0.5 * (1.0 + erf(z))
