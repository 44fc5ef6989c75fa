"""perceptron.neuron_gd_step: w + eta dL/dw, b + eta dL/db (ascent)"""


def neuron_gd_step(X, y, w, b, eta, model):
    gw, gb = neuron_gradient(X, y, w, b, model)
    return w + eta * gw, b + eta * gb
