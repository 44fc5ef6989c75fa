"""perceptron.neuron_loss: the logistic loss from sigmoid(z) clipped to [1e-12, 1 - 1e-12], not stably from z: a confident
mistake (|z| > ~28) costs at most 27.6 instead of |z|."""

def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    p = np.clip(_sigmoid(z), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
