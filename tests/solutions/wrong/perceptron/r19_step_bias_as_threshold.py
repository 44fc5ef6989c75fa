"""perceptron.perceptron_step: b updated as a subtracted threshold (b <- b - eta (y - y_hat), Zhou's Delta theta = -eta
e) instead of b + eta (y - y_hat).
"""

def perceptron_step(w, b, x, y, eta=1.0):
    """b updated as a subtracted threshold (b <- b - eta (y - y_hat), Zhou's Delta theta = -eta e) instead of b + eta (y - y_hat)."""
    x = np.asarray(x, dtype=float)
    e = y - (1.0 if x @ w + b >= 0 else 0.0)
    return np.asarray(w, dtype=float) + eta * e * x, float(b - eta * e)
