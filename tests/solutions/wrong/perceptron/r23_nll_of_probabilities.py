"""perceptron.neuron_loss: logistic loss as Theano's -mean(log p_y_given_x) from the sigmoid's probabilities, not from z: log(0) for large |z| gives inf/nan and warnings."""


def neuron_loss(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    p_y_given_x = 1.0 / (1.0 + np.exp(-z))
    return float(-np.mean(y * np.log(p_y_given_x) + (1 - y) * np.log(1 - p_y_given_x)))
