"""activations.relu_grad: np.sign(z): -1 instead of 0 for negative z."""

def relu_grad(z):
    return np.sign(np.asarray(z, dtype=np.float64))
