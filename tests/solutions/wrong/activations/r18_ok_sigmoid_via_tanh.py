"""activations.sigmoid: right; sigmoid(z) = (1 + tanh(z/2)) / 2 is an identity, and tanh never overflows, so +-1000 give 0 and 1 without warnings."""

def sigmoid(z):
    Z = np.asarray(z, dtype=np.float64).T
    return (0.5 * (1.0 + np.tanh(Z / 2))).T
