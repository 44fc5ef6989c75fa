"""perceptron.neuron_forward: right: the logistic output as Fausett's bipolar sigmoid rescaled, (1 + tanh(z / 2)) / 2, finite for any z."""


def neuron_forward(X, w, b, model):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    if model == "linear":
        return z
    return 0.5 * (1.0 + np.tanh(0.5 * z))
