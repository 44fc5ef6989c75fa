"""perceptron.perceptron_step: updates the caller's w in place (w += ...) and returns it; the caller's array changes on a mistake."""


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    w += eta * err * x
    return w, float(b + eta * err)
