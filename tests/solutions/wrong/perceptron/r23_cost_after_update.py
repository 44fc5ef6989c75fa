"""perceptron.fit_neuron: records the cost after each update (as the Theano training loop prints it), so losses[t] is the loss after step t, not before."""


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    for _ in range(steps):
        w, b = neuron_gd_step(X, y, w, b, eta, model)
        losses.append(neuron_loss(X, y, w, b, model))
    return w, b, losses
