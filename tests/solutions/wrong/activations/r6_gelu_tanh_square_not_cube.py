"""activations.gelu_tanh: 0.044715 z^2 inside u instead of 0.044715 z^3."""

def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = math.sqrt(2.0 / math.pi) * (z + 0.044715 * z ** 2)
    return 0.5 * z * (1.0 + np.tanh(u))
