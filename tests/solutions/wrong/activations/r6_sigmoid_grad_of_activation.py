"""activations.sigmoid_grad: treats z as if it were already sigmoid(z): returns z (1 - z)."""

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1.0 - z)
