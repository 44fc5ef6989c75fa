"""perceptron.perceptron_step: w <- w - eta (y - y_hat) x (and b likewise), pushing away from the right answer on every mistake."""


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return w - eta * err * x, float(b - eta * err)
