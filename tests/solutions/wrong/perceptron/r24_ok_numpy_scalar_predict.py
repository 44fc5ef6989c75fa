"""perceptron.perceptron_predict: right: a single x gives np.float64 (a float subclass, a scalar), a batch gives float64 (N,) from np.where."""


def perceptron_predict(X, w, b):
    z = np.dot(X, w) + b
    if np.ndim(z) == 0:
        return np.float64(1.0 if z >= 0 else 0.0)
    return np.where(z >= 0, 1.0, 0.0)
