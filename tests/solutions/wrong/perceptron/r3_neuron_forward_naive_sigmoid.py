"""perceptron.neuron_forward: logistic output 1 / (1 + exp(-z)), which overflows with a RuntimeWarning for z below ~ -710."""

def neuron_forward(X, w, b, model):
    z = X @ w + b
    return z if model == "linear" else 1 / (1 + np.exp(-z))
