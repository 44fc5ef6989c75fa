"""perceptron.perceptron_predict: Right: np.heaviside(z, 1.0) is exactly the step with step(0) = 1, and keeps the 0-d
result for a single x.
"""

def perceptron_predict(X, w, b):
    """Right: np.heaviside(z, 1.0) is exactly the step with step(0) = 1, and keeps the 0-d result for a single x."""
    return np.heaviside(np.dot(X, w) + b, 1.0)
