"""perceptron.neuron_loss: the linear loss is the plain mean squared error, without the factor 1/2."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0, z) - y * z))
