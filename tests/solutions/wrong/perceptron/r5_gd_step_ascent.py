"""perceptron.neuron_gd_step: adds the gradient (gradient ascent) to the bias."""

def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b + eta * db)
