def gelu_tanh(z):
    """activations.gelu_tanh: right: (1 + tanh u) / 2 = sigmoid(2u), so z sigmoid(2u) is the same function,
    the sigmoid computed as exp(-logaddexp(0, -2u)) (finite for any z)."""
    z = np.asarray(z, dtype=np.float64)
    u = math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)
    return z * np.exp(-np.logaddexp(0.0, -2.0 * u))
