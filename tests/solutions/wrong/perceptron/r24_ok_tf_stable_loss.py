"""perceptron.neuron_loss: right: TF's sigmoid_cross_entropy_with_logits form max(z,0) - z y + log1p(exp(-|z|)) is the mean BCE, exact and stable for any z."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean(np.square(z - y)) / 2)
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))
