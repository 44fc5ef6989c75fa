"""perceptron.perceptron_step: the update ignores eta (always step 1)."""

def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=np.float64) + err * np.asarray(x, dtype=np.float64), float(b + err)
