"""perceptron.perceptron_step: updates w but never the bias b."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=float) + eta * err * np.asarray(x, dtype=float), float(b)
