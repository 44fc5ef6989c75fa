"""activations.gelu_tanh: sqrt(2/pi) hard-coded as 0.79788, a 5-digit macro: right to about 6 digits only."""

def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1.0 + np.tanh(0.79788 * (z + 0.044715 * z ** 3)))
