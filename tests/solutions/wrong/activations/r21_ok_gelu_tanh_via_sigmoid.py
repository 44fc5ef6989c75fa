"""activations.gelu_tanh: Right: (1 + tanh u) / 2 = sigmoid(2u), computed with a stable sigmoid, so z * sigmoid(2u) is the same GELU approximation."""

def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    v = 2.0 * np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)
    e = np.exp(-np.abs(v))
    return z * np.where(v >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
