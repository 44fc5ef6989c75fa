"""perceptron.neuron_loss: right: the cross-entropy as -mean(y log sigma(z) + (1 - y) log sigma(-z)) with log sigma(t) = -logaddexp(0, -t), stable for any z."""

def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1 - y) * np.logaddexp(0.0, z)))
