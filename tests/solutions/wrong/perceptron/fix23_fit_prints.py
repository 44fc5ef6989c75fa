"""perceptron.fit_neuron: prints (w, b, losses) instead of returning them, so the checks that pick w, b or losses
from the result get None (told 'cannot pick (0,) from the result: TypeError: 'NoneType' object is not
subscriptable')."""

def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    print(w, b, losses)
