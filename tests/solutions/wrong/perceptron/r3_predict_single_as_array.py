"""perceptron.perceptron_predict: wraps the input with np.atleast_2d, so a single example x (d,) gives an array of shape (1,) instead of a scalar."""

def perceptron_predict(X, w, b):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    return (X @ w + b >= 0).astype(np.float64)
