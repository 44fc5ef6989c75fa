"""perceptron.neuron_gd_step: w + eta dL/dw, b + eta dL/db (the wrong sign)."""

def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) + eta * dw, float(b + eta * db)
