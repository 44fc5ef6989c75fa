"""perceptron.fit_neuron: Mitchell's stochastic gradient descent: each step updates once per example (gradient of that
example alone) instead of one full-batch step.
"""

def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Mitchell's stochastic gradient descent: each step updates once per example (gradient of that example alone) instead of one full-batch step."""
    X = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        v = X @ w + b
        if model == "linear":
            losses.append(float(0.5 * np.mean((v - t) ** 2)))
        else:
            losses.append(float(np.mean(np.logaddexp(0.0, v) - t * v)))
        for x_d, t_d in zip(X, t):
            v_d = x_d @ w + b
            o_d = v_d if model == "linear" else 1.0 / (1.0 + np.exp(-np.clip(v_d, -500, 500)))
            w = w + eta * (t_d - o_d) * x_d
            b = b + eta * (t_d - o_d)
    return w, b, losses
