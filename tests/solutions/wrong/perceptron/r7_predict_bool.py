"""perceptron.perceptron_predict: returns the boolean comparison X w + b >= 0 itself, not 0.0/1.0 floats."""

def perceptron_predict(X, w, b):
    return np.asarray(X, dtype=float) @ w + b >= 0
