"""perceptron.neuron_gradient: the logistic gradient multiplied by sigma'(z) = y_hat (1 - y_hat), the squared-error chain rule"""


def neuron_gradient(X, y, w, b, model):
    y_hat = neuron_forward(X, w, b, model)
    dz = (y_hat - y) / len(X)
    if model == "logistic":
        dz = dz * y_hat * (1 - y_hat)
    return X.T @ dz, float(dz.sum())
