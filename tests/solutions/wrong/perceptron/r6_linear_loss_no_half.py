"""perceptron.neuron_loss: linear loss is the plain mean squared error, without the 1/2."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
