"""activations.sigmoid: the textbook 1/(1+exp(-z)) overflows in exp(1000) at z = -1000 (RuntimeWarning)."""


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-z))
