"""activations.relu_grad: returns the boolean mask z > 0 itself: right values, dtype bool instead of float64."""


def relu_grad(z):
    return np.asarray(z) > 0
