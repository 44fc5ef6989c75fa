"""perceptron.neuron_gradient: dL/db = mean(dL/dz), dividing by N a second time, instead of the sum."""

def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    dz = (neuron_forward(X, w, b, model) - y) / len(X)
    return X.T @ dz, float(dz.mean())
