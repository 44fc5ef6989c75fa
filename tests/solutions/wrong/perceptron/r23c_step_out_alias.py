"""perceptron.perceptron_step: np.add(w, ..., out=w) updates the caller's w in place and returns that same array."""


def perceptron_step(w, b, x, y, eta=1.0):
    z = float(x @ w + b)
    err = y - (1.0 if z >= 0 else 0.0)
    np.add(w, eta * err * x, out=w)
    return w, float(b + eta * err)
