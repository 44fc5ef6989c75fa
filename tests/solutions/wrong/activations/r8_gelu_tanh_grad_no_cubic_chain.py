"""activations.gelu_tanh_grad: the chain rule through u stops at sqrt(2/pi), the factor (1 + 3 * 0.044715 z^2) of du/dz left out; wrong wherever z != 0."""


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    c = math.sqrt(2.0 / math.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t ** 2) * c
