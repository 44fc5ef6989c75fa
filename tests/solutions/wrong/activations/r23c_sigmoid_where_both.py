"""activations.sigmoid: np.where evaluates both branches, so exp(1000) overflows and warns (values right)."""


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
