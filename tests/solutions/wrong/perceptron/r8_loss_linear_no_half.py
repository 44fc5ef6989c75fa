"""perceptron.neuron_loss: linear loss is the plain mean squared error, missing the 1/2 of L = 1/(2N) sum (y_hat - y)^2."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0, z) - y * z))
