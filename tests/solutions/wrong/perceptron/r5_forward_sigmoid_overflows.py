"""perceptron.neuron_forward: logistic output as 1 / (1 + exp(-z)): overflow warnings for z of -1000."""

def neuron_forward(X, w, b, model):
    z = X @ w + b
    return z if model == "linear" else 1.0 / (1.0 + np.exp(-z))
