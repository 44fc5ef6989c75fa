"""perceptron.neuron_loss: logistic loss from log(sigmoid(z)) and log(1 - sigmoid(z)); for a confident wrong z (|z| ~ 40+) gives inf/nan and RuntimeWarnings."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    p = 1 / (1 + np.exp(-z))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
