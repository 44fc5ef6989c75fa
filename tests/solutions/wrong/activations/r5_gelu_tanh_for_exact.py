"""activations.gelu: exact GELU replaced by the tanh approximation (off by up to ~1e-3)."""

def gelu(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3)))
