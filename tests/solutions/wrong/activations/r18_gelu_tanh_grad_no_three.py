"""activations.gelu_tanh_grad: differentiates u = sqrt(2/pi)(z + 0.044715 z^3) as sqrt(2/pi)(1 + 0.044715 z^2), losing the 3 of d z^3/dz."""

def gelu_tanh_grad(z):
    Z = np.asarray(z, dtype=np.float64).T
    c = np.sqrt(2 / np.pi)
    t = np.tanh(c * (Z + 0.044715 * Z ** 3))
    return (0.5 * (1 + t) + 0.5 * Z * (1 - t ** 2) * c * (1 + 0.044715 * Z ** 2)).T
