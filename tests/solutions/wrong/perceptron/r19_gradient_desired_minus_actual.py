"""perceptron.neuron_gradient: Returns Haykin's X^T e / N with e = d - y (target minus output): minus the gradient, for
both models.
"""

def neuron_gradient(X, y, w, b, model):
    """Returns Haykin's X^T e / N with e = d - y (target minus output): minus the gradient, for both models."""
    X = np.asarray(X, dtype=float)
    v = X @ np.asarray(w, dtype=float) + b
    out = v if model == "linear" else 1.0 / (1.0 + np.exp(-np.clip(v, -500, 500)))
    e = np.asarray(y, dtype=float) - out
    return X.T @ e / X.shape[0], float(np.sum(e) / X.shape[0])
