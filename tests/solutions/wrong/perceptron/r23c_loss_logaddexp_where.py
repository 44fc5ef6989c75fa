"""perceptron.neuron_loss: logistic loss as np.where(y == 1, log(p), log(1 - p)) of a sigmoid: -inf and warnings for saturated z."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    p = 1 / (1 + np.exp(-z))
    return float(-np.mean(np.where(y == 1, np.log(p), np.log(1 - p))))
