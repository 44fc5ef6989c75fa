"""activations.gelu: the exact GELU computed with the tanh approximation (no erf); off by up to ~5e-4 for |z| around 2 to 3."""


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (z + 0.044715 * z ** 3)))
