"""activations.sigmoid: the naive 1/(1 + exp(-z)) overflows with a RuntimeWarning at z = -1000."""

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-z))
