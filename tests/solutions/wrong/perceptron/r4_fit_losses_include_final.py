"""perceptron.fit_neuron: losses also gets the loss after the last step, steps + 1 entries instead of steps."""

def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = [neuron_loss(X, y, w, b, model)]
    for _ in range(steps):
        w, b = neuron_gd_step(X, y, w, b, eta, model)
        losses.append(neuron_loss(X, y, w, b, model))
    return w, b, losses
