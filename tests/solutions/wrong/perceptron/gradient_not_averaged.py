"""perceptron.neuron_gradient: dL/dz = y_hat - y without the division by N (gradient of the summed loss)."""

def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    dz = neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)
    return X.T @ dz, float(dz.sum())
