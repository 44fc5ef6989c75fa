"""activations.gelu_tanh: RIGHT: (1 + tanh u)/2 = sigmoid(2u), so gelu_tanh = z sigmoid(2u) (how some torch kernels write it), with a stable sigmoid."""

def gelu_tanh(z):
    x = np.asarray(z, dtype=np.float64)
    u2 = 2.0 * np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3)
    e = np.exp(-np.abs(u2))
    gate = np.where(u2 >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return x * gate
