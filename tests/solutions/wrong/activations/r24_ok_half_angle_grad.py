"""activations.sigmoid_grad: right: (1 - tanh^2(z/2))/4 equals sigmoid(z)(1 - sigmoid(z)) and tanh never overflows."""


def sigmoid_grad(z):
    t = np.tanh(0.5 * np.asarray(z, dtype=np.float64))
    return 0.25 * (1.0 - t * t)
