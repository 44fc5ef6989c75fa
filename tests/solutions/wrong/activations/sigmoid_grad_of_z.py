"""activations.sigmoid_grad: applies s(1 - s) to z itself instead of to sigmoid(z)."""

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1.0 - z)
