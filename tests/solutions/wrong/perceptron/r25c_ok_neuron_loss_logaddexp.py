"""perceptron.neuron_loss: Right: logistic BCE from z as mean(logaddexp(0, z) - y z) (stable for any z), a numpy float64."""

def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return 0.5 * np.mean(np.square(z - y))
    return np.mean(np.logaddexp(0.0, z) - y * z)
