"""perceptron.perceptron_step: w <- w - eta (y - y_hat) x (the sign of the rule flipped), same for b."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=float) - eta * err * np.asarray(x, dtype=float), float(b - eta * err)
