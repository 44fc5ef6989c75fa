"""perceptron.perceptron_predict: predicts 1 only where X w + b > 0: a point exactly on the boundary gets 0."""

def perceptron_predict(X, w, b):
    return (np.asarray(X) @ w + b > 0).astype(np.float64)
