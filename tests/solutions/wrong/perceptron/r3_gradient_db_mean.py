"""perceptron.neuron_gradient: dL/db = mean of dL/dz, dividing by N a second time (dL/dz already holds the 1/N)."""

def neuron_gradient(X, y, w, b, model):
    dz = (neuron_forward(X, w, b, model) - y) / len(X)
    return X.T @ dz, float(dz.mean())
