"""activations.gelu: exact GELU written as F.gelu(x, approximate='tanh') (the GPT-2 code's habit): off by up to ~5e-4 from z Phi(z)."""

def gelu(z):
    x = np.asarray(z, dtype=np.float64)
    k = np.sqrt(2.0 / np.pi)
    return 0.5 * x * (1.0 + np.tanh(k * (x + 0.044715 * x ** 3)))
