"""perceptron.neuron_gradient: Right: Andrew Ng's ex2 layout, a ones column prepended to X and theta = [b; w] unrolled;
grad = X1' (h - y) / m split back into (grad[1:], grad[0]).
"""

def neuron_gradient(X, y, w, b, model):
    """Right: Andrew Ng's ex2 layout, a ones column prepended to X and theta = [b; w] unrolled; grad = X1' (h - y) / m split back into (grad[1:], grad[0])."""
    X = np.asarray(X, dtype=float)
    m = X.shape[0]
    X1 = np.hstack([np.ones((m, 1)), X])
    theta = np.concatenate([[b], np.asarray(w, dtype=float)])
    z = X1 @ theta
    h = z if model == "linear" else 0.5 * (1 + np.tanh(0.5 * z))
    grad = X1.T @ (h - np.asarray(y, dtype=float)) / m
    return grad[1:], float(grad[0])
