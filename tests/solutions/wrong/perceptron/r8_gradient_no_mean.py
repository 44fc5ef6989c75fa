"""perceptron.neuron_gradient: dL/dz = y_hat - y without the 1/N, N times the gradient."""


def neuron_gradient(X, y, w, b, model):
    dz = neuron_forward(X, w, b, model) - y
    return X.T @ dz, float(dz.sum())
