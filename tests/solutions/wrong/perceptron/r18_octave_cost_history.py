"""perceptron.fit_neuron: Records the loss after each step, like Octave's J_history(iter) = computeCost(...) after the
update, so losses[t] is the loss after step t, not before it.
"""

def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Records the loss after each step, like Octave's J_history(iter) = computeCost(...) after the update, so losses[t] is the loss after step t, not before it."""
    X = np.asarray(X, dtype=float)
    theta = np.zeros(X.shape[1])
    b = 0.0
    J_history = []
    for _ in range(steps):
        theta, b = neuron_gd_step(X, y, theta, b, eta, model)
        J_history.append(neuron_loss(X, y, theta, b, model))
    return theta, b, J_history
