"""perceptron.fit_neuron: copies a Caffe solver's lr_policy "step" (gamma 0.1, stepsize 100): the learning rate drops tenfold every 100 steps instead of staying eta."""


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    solver = {"base_lr": eta, "lr_policy": "step", "gamma": 0.1, "stepsize": 100}
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for it in range(steps):
        rate = solver["base_lr"] * solver["gamma"] ** (it // solver["stepsize"])
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, rate, model)
    return w, b, losses
