"""activations.sigmoid: returns an np.matrix (np.asmatrix of the input): a (n,) vector comes back (1, n) and 3-D input raises."""


def sigmoid(z):
    Z = np.asmatrix(z, dtype=np.float64)
    e = np.exp(-np.abs(Z))
    return np.asmatrix(np.where(Z >= 0, 1.0 / (1.0 + e), np.multiply(e, 1.0 / (1.0 + e))))
