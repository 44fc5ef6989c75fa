"""perceptron.neuron_gd_step: updates the caller's w in place (w -= eta dw) and returns it."""

def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    w -= eta * dw
    return w, float(b - eta * db)
