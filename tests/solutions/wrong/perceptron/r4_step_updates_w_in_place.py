"""perceptron.perceptron_step: w += ... updates the caller's w in place (the module docstring forbids changing given arrays)."""

def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    w += eta * error * np.asarray(x, dtype=float)
    return w, float(b + eta * error)
