"""perceptron.neuron_loss: Right: BCE from z is logaddexp(0, z) - y z, stable for any z."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
