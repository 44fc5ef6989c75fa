"""perceptron.neuron_loss: the logistic loss clips z to [-30, 30] before the naive formula: a confidently wrong z = 1000 costs ~30, not ~1000."""

def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
