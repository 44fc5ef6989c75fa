"""perceptron.neuron_loss: logistic loss from sigmoid(z) with log(y_hat) and log(1 - y_hat): inf/NaN and warnings once |z| passes ~37."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    p = 1.0 / (1.0 + np.exp(-z))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
