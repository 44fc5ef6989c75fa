"""activations.gelu_grad: writes the normal density as exp(-z^2/2) without its 1 / sqrt(2 pi), so the z phi(z) term is sqrt(2 pi) = 2.51 times too large."""

def gelu_grad(z):
    Z = np.asarray(z, dtype=np.float64)
    Phi = 0.5 * (1 + np.vectorize(__import__("math").erf, otypes=[np.float64])(Z / np.sqrt(2)))
    return Phi + Z * np.exp(-Z ** 2 / 2)
