"""perceptron.perceptron_step: updates the caller's w in place (w += ...) and returns it."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    w += eta * err * np.asarray(x, dtype=float)
    return w, float(b + eta * err)
