"""perceptron.perceptron_step: the error is taken as y_hat - y: every update moves the boundary the wrong way."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = perceptron_predict(x, w, b) - y
    return w + eta * err * np.asarray(x, dtype=float), float(b + eta * err)
