"""activations.sigmoid: RIGHT: sigmoid(z) = exp(-softplus(-z)) = exp(-logaddexp(0, -z)); logaddexp never overflows, so +-1000 give 1 and 0 with no warning."""

def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))
