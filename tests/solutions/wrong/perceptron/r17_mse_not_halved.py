"""perceptron.neuron_loss: the linear loss is the plain mean squared error ((z - y)^2).mean(), without the 1/2.

Habit: fast.ai's mse(output, targ) = (output.squeeze(-1) - targ).pow(2).mean().
"""


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(((z - y) ** 2).mean())
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
