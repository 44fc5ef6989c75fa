"""activations.gelu_tanh_grad: the second term lacks its factor 1/2."""

def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    c = math.sqrt(2.0 / math.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return 0.5 * (1.0 + t) + z * (1.0 - t ** 2) * c * (1.0 + 3 * 0.044715 * z ** 2)
