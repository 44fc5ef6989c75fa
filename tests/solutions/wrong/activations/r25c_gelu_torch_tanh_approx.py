"""activations.gelu: the exact GELU written with the tanh approximation (torch's approximate='tanh' taken as the default)."""

def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)
    return 0.5 * z * (1.0 + np.tanh(u))
