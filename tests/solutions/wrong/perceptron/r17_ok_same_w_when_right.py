"""perceptron.perceptron_step: RIGHT: returns the caller's w itself when the prediction is right (nothing changes, nothing is modified), a new array otherwise."""


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    if err == 0:
        return w, float(b)
    return w + eta * err * x, float(b + eta * err)
