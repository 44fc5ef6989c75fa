"""perceptron.fit_neuron: for t in range(1, steps) (R's 1:steps shifted) takes steps - 1 steps and records steps - 1 losses."""

def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for t in range(1, steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
