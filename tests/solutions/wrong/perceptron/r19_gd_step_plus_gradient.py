"""perceptron.neuron_gd_step: Haykin's '+ eta * delta * x' applied to the gradient itself: w <- w + eta dL/dw (ascends
the loss).
"""

def neuron_gd_step(X, y, w, b, eta, model):
    """Haykin's '+ eta * delta * x' applied to the gradient itself: w <- w + eta dL/dw (ascends the loss)."""
    X = np.asarray(X, dtype=float)
    v = X @ np.asarray(w, dtype=float) + b
    out = v if model == "linear" else 1.0 / (1.0 + np.exp(-np.clip(v, -500, 500)))
    g = (out - np.asarray(y, dtype=float)) / X.shape[0]
    return np.asarray(w, dtype=float) + eta * (X.T @ g), float(b + eta * np.sum(g))
