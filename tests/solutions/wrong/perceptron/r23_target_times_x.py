"""perceptron.perceptron_step: Fausett's bipolar update w <- w + alpha t x used with 0/1 labels, so a false positive (t = 0) changes nothing."""


def perceptron_step(w, b, x, y, eta=1.0):
    y_out = perceptron_predict(x, w, b)
    if y_out != y:
        w = w + eta * y * np.asarray(x, dtype=float)
        b = b + eta * y
    else:
        w = np.array(w, dtype=float)
    return w, float(b)
