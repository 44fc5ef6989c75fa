"""perceptron.fit_neuron: gradient descent started from w = 1 and b = 1 (np.ones and 1.0), not from zeros."""


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.ones(X.shape[1]), 1.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
