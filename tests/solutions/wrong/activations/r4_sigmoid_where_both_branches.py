"""activations.sigmoid: np.where evaluates both branches, so exp overflows and warns for z = +-1000 (the values are right)."""

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))
