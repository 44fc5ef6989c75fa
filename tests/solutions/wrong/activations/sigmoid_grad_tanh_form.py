"""activations.sigmoid_grad: uses the tanh rule 1 - sigmoid(z)^2 instead of s(1 - s)."""

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return 1.0 - s ** 2
