"""perceptron.fit_neuron: gradient descent started from b = 1 (w = 0 as documented), not from b = 0."""


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(X.shape[1]), 1.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
