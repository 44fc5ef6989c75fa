"""perceptron.neuron_loss: z = X w - b, the bias subtracted (a threshold convention w.x - theta with b as theta)."""


def neuron_loss(X, y, w, b, model):
    z = X @ w - b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))
