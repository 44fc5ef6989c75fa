"""perceptron.neuron_loss: RIGHT: the stable BCE written as mean(max(z, 0) - y z + log1p(exp(-|z|))), the TensorFlow form of log(1 + e^z) - y z."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2.0)
    return float(np.mean(np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z)))))
