"""activations.sigmoid: RIGHT: sigmoid(z) = (1 + tanh(z/2)) / 2 exactly; tanh saturates without overflow, so +-1000 give 1 and 0 with no warning."""

def sigmoid(z):
    x = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * x))
