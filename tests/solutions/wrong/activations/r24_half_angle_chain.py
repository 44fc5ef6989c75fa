"""activations.sigmoid_grad: differentiates (1 + tanh(z/2))/2 without the inner 1/2 of the chain rule, twice the right slope (0.5 at z = 0)."""


def sigmoid_grad(z):
    t = np.tanh(0.5 * np.asarray(z, dtype=np.float64))
    return 0.5 * (1.0 - t * t)
