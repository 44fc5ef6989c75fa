"""activations.sigmoid_grad: right: 1 - sigmoid(z) = sigmoid(-z), so the product sigmoid(z) sigmoid(-z) is the
derivative, each factor the exponential of a negated logaddexp (finite, no cancellation)."""


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))
