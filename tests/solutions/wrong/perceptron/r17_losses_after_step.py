"""perceptron.fit_neuron: records each loss after its step, so losses[t] is the loss after step t (the starting loss is missing).

Habit: fast.ai's fit loop, which reports the loss of the batch after opt.step().
"""


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        w, b = neuron_gd_step(X, y, w, b, eta, model)
        losses.append(neuron_loss(X, y, w, b, model))
    return w, b, losses
