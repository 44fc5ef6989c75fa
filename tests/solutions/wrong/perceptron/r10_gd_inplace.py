"""perceptron.neuron_gd_step: w -= eta * dw updates the caller's weight array in place"""


def neuron_gd_step(X, y, w, b, eta, model):
    gw, gb = neuron_gradient(X, y, w, b, model)
    w -= eta * gw
    return w, b - eta * gb
