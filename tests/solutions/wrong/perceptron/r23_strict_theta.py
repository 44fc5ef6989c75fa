"""perceptron.perceptron_predict: Fausett's threshold leaks in: output 1 only where X w + b > theta = 0, so z = 0 gives 0 instead of 1."""


def perceptron_predict(X, w, b):
    theta = 0.0
    y_in = np.dot(X, w) + b
    y = np.where(y_in > theta, 1.0, 0.0)
    if np.ndim(X) == 1:
        return float(y)
    return y
