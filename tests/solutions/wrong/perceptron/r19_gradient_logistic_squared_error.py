"""perceptron.neuron_gradient: Logistic model's gradient uses Mitchell's squared-error term o(1 - o)(t - o): the
gradient of the MSE through the sigmoid, not of the cross-entropy.
"""

def neuron_gradient(X, y, w, b, model):
    """Logistic model's gradient uses Mitchell's squared-error term o(1 - o)(t - o): the gradient of the MSE through the sigmoid, not of the cross-entropy."""
    X = np.asarray(X, dtype=float)
    v = X @ np.asarray(w, dtype=float) + b
    t = np.asarray(y, dtype=float)
    if model == "linear":
        delta = (t - v) / X.shape[0]
    else:
        o = 1.0 / (1.0 + np.exp(-np.clip(v, -500, 500)))
        delta = o * (1.0 - o) * (t - o) / X.shape[0]
    return -(X.T @ delta), -float(np.sum(delta))
