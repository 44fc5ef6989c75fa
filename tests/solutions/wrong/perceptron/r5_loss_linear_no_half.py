"""perceptron.neuron_loss: linear loss without the 1/2: mean squared error."""

def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0, z) - y * z))
