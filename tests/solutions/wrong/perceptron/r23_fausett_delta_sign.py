"""perceptron.neuron_gradient: Fausett's delta = (t - y) sign convention: returns minus the gradient, (y - y_hat) / N times X and summed."""


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    y_hat = neuron_forward(X, w, b, model)
    delta = (np.asarray(y, dtype=float) - y_hat) / X.shape[0]
    return X.T @ delta, float(np.sum(delta))
