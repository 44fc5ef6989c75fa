"""perceptron.neuron_gd_step: adds the prototxt's weight_decay 0.0005 to the weight gradient (Caffe's default solver habit); the exercise's step has no decay."""


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    weight_decay = 0.0005
    return w - eta * (dw + weight_decay * w), float(b - eta * db)
