def gelu_tanh_grad(z):
    """activations.gelu_tanh_grad: differentiates z + 0.044715 z^3 as 1 + 0.044715 z^2 (the factor 3 of the
    power rule dropped)."""
    z = np.asarray(z, dtype=np.float64)
    c = math.sqrt(2 / math.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return (1.0 + t) / 2 + z * (1.0 - t * t) * c * (1.0 + 0.044715 * z * z) / 2
