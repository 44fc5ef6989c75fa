"""perceptron.neuron_gd_step: b returned unchanged, only w steps"""


def neuron_gd_step(X, y, w, b, eta, model):
    gw, _ = neuron_gradient(X, y, w, b, model)
    return w - eta * gw, float(b)
