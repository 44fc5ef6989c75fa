"""activations.gelu_tanh_grad: gelu_tanh_grad without the 3 in 3 * 0.044715 z^2."""

def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=float)
    c = np.sqrt(2 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return (1 + t) / 2 + z * (1 - t ** 2) * c * (1 + 0.044715 * z ** 2) / 2
