"""perceptron.neuron_gradient: dL/db returned as a (1,) array (keepdims) instead of a float."""

def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / X.shape[0]
    return X.T @ dz, dz.sum(keepdims=True)
