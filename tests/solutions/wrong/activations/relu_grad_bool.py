"""activations.relu_grad: returns a boolean array (z > 0), not float64."""

def relu_grad(z):
    return np.asarray(z) > 0
