"""perceptron.perceptron_step: updates w in place as a Chainer optimizer updates param.data (w += ...): the caller's w changes."""


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    w += eta * err * x
    return w, float(b + eta * err)
