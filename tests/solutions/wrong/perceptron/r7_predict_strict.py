"""perceptron.perceptron_predict: fires only where X w + b > 0, so z = 0 gives 0 instead of 1."""

def perceptron_predict(X, w, b):
    out = (np.asarray(X, dtype=float) @ w + b > 0).astype(float)
    return float(out) if out.ndim == 0 else out
