"""activations.gelu_tanh: right: (1 + tanh u)/2 is the Fermi function 1/(1 + exp(-2u)), computed stably by the sign of u."""


def _r24_fermi(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)
    return z * _r24_fermi(2.0 * u)
