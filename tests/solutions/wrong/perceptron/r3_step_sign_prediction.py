"""perceptron.perceptron_step: predicts with np.sign(w x + b) (-1/0/1) instead of the 0/1 step, so a negative score gives
y - y_hat = 2 for y = 1 (a doubled update) and a correct 0 label with a negative score still updates."""

def perceptron_step(w, b, x, y, eta=1.0):
    y_hat = np.sign(np.dot(x, w) + b)
    error = y - y_hat
    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)
