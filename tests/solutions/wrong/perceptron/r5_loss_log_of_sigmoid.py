"""perceptron.neuron_loss: logistic loss as log(sigmoid(z)) and log(1 - sigmoid(z)): -inf (nan) once the sigmoid saturates."""

def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    with np.errstate(all="ignore"):
        p = 1 / (1 + np.exp(-z))
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
