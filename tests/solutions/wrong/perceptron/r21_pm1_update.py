"""perceptron.perceptron_step: recodes label and output to -1/+1 (Aggarwal's convention), so every correction is 2 eta x instead of eta x."""

def perceptron_step(w, b, x, y, eta=1.0):
    y_pm = 2.0 * y - 1.0
    y_hat_pm = 1.0 if float(np.dot(x, w) + b) >= 0 else -1.0
    w = np.asarray(w, dtype=float) + eta * (y_pm - y_hat_pm) * np.asarray(x, dtype=float)
    return w, float(b + eta * (y_pm - y_hat_pm))
