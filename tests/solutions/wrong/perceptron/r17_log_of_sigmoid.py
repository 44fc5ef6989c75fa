"""perceptron.neuron_loss: the logistic loss takes log(sigmoid(z)) and log(1 - sigmoid(z)) directly: -inf/nan and warnings once |z| is large.

Habit: fast.ai's first binary cross-entropy, -(targ * out.log() + (1 - targ) * (1 - out).log()).mean().
"""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * ((z - y) ** 2).mean())
    p = 1.0 / (1.0 + np.exp(-z))
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())
