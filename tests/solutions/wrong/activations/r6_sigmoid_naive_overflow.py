"""activations.sigmoid: 1 / (1 + exp(-z)) directly: exp(1000) overflows with a RuntimeWarning for z = -1000."""

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-z))
