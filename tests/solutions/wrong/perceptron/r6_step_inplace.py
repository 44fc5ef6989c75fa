"""perceptron.perceptron_step: w += eta (y - y_hat) x changes the caller's w in place."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    w += eta * err * np.asarray(x, dtype=np.float64)
    return w, float(b + eta * err)
