"""perceptron.neuron_gd_step: w <- w + eta dL/dw (and b likewise), a step up the loss."""


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w + eta * dw, float(b + eta * db)
