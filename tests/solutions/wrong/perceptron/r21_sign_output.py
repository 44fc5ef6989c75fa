"""perceptron.perceptron_predict: outputs Aggarwal's sign(W . X) (-1, 0 or +1) instead of the 0/1 step."""

def perceptron_predict(X, w, b):
    v = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return float(np.sign(v)) if np.ndim(v) == 0 else np.sign(v)
