"""perceptron.neuron_loss: the linear loss divides the squared errors by 2 (N - 1), like R's var(), instead of 2 N."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.sum((z - y) ** 2) / (2 * (len(y) - 1)))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
