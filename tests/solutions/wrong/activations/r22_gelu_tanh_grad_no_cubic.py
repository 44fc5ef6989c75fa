"""activations.gelu_tanh_grad: du/dz taken as sqrt(2/pi) only, the derivative of the cubic term 3 * 0.044715 z^2 is dropped."""


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    c = np.sqrt(2.0 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * c
