"""perceptron.neuron_loss: linear loss is Fausett's total squared error 0.5 sum (t - y)^2, not divided by N."""


def neuron_loss(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.sum((y - z) ** 2))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
