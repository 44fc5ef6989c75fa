"""perceptron.perceptron_predict: returns ints 0/1 (astype(int)), not the 0.0/1.0 floats of the docstring."""

def perceptron_predict(X, w, b):
    return (np.asarray(X) @ w + b >= 0).astype(int)
