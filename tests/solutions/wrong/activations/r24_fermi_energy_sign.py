"""activations.sigmoid: Fermi function of E = +z instead of E = -z, so it returns sigmoid(-z) (high for negative z)."""


def sigmoid(z):
    E = np.asarray(z, dtype=np.float64)  # energy taken as +w.x: the sign of E = -w.x lost
    return 0.5 * (1.0 - np.tanh(0.5 * E))
