"""perceptron.perceptron_step: Updates the caller's w in place (self.weights += ... habit of nnfs layer classes) and
returns that same array.
"""

def perceptron_step(w, b, x, y, eta=1.0):
    """Updates the caller's w in place (self.weights += ... habit of nnfs layer classes) and returns that same array."""
    y_hat = float(np.asarray(x, dtype=float) @ w + b >= 0)
    err = y - y_hat
    w += eta * err * np.asarray(x, dtype=float)
    return w, float(b + eta * err)
