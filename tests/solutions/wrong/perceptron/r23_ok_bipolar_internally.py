"""perceptron.perceptron_step: right: Fausett's bipolar form, t = 2y - 1 and w += alpha t x on an error; on an error y - y_hat is exactly t, so this is the same update."""


def perceptron_step(w, b, x, y, eta=1.0):
    y_out = perceptron_predict(x, w, b)
    w = np.array(w, dtype=float)
    if y_out != y:
        t = 2.0 * y - 1.0  # bipolar target: +1 or -1; on an error (y - y_out) = t
        w = w + eta * t * np.asarray(x, dtype=float)
        b = b + eta * t
    return w, float(b)
