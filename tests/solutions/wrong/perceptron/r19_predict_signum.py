"""perceptron.perceptron_predict: Haykin's signum output: -1 (not 0) where X w + b < 0, and 0 at exactly 0.
"""

def perceptron_predict(X, w, b):
    """Haykin's signum output: -1 (not 0) where X w + b < 0, and 0 at exactly 0."""
    v = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return float(np.sign(v)) if np.ndim(v) == 0 else np.sign(v)
