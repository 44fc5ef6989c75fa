"""perceptron.perceptron_predict: step(z) = 1 only for z > 0, so z exactly 0 (e.g. w = 0, b = 0, the start of training) gives 0 instead of 1."""


def perceptron_predict(X, w, b):
    out = (np.dot(X, w) + b > 0).astype(float)
    return float(out) if np.ndim(out) == 0 else out
