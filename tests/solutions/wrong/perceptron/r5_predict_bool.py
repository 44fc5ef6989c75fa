"""perceptron.perceptron_predict: returns booleans (True/False) instead of 0.0/1.0 floats."""

def perceptron_predict(X, w, b):
    return np.asarray(X) @ w + b >= 0
