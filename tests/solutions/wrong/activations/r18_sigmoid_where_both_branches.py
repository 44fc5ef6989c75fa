"""activations.sigmoid: np.where(z >= 0, 1/(1 + exp(-z)), exp(z)/(1 + exp(z))) evaluates both branches on every z, so exp overflows (with a RuntimeWarning) at z = +-1000 though the chosen values are right."""

def sigmoid(z):
    Z = np.asarray(z, dtype=np.float64)
    return np.where(Z >= 0, 1 / (1 + np.exp(-Z)), np.exp(Z) / (1 + np.exp(Z)))
