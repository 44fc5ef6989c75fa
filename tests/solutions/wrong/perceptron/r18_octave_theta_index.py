"""perceptron.neuron_gradient: Octave ex2 port that puts the bias last in theta but reads it back as theta(1) with the
1-based index fixed the wrong way: returns the first weight's gradient as dL/db and drops it from dL/dw.
"""

def neuron_gradient(X, y, w, b, model):
    """Octave ex2 port that puts the bias last in theta but reads it back as theta(1) with the 1-based index fixed the wrong way: returns the first weight's gradient as dL/db and drops it from dL/dw."""
    X = np.asarray(X, dtype=float)
    m = X.shape[0]
    X1 = np.hstack([X, np.ones((m, 1))])
    theta = np.append(np.asarray(w, dtype=float), b)
    z = X1 @ theta
    h = z if model == "linear" else 0.5 * (1 + np.tanh(0.5 * z))
    grad = X1.T @ (h - np.asarray(y, dtype=float)) / m
    return np.append(grad[1:-1], grad[-1]), float(grad[0])
