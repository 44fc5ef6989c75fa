"""perceptron.neuron_loss: logistic loss as -mean(y log s + (1-y) log(1-s)) from s = sigmoid(z), not stable from z (log(0) for large |z|)."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    s = 1 / (1 + np.exp(-z))
    return float(-np.mean(y * np.log(s) + (1 - y) * np.log(1 - s)))
