"""activations.sigmoid: np.where evaluates both branches: exp overflows (RuntimeWarning) for z = +-1000 although the values are right."""

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
