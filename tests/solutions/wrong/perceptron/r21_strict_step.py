"""perceptron.perceptron_predict: ifelse(v > 0, 1, 0) outputs 0 at v = 0 where the step gives 1 (from w = 0 every first example is misread)."""

def perceptron_predict(X, w, b):
    v = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    out = np.where(v > 0, 1.0, 0.0)
    return float(out) if out.ndim == 0 else out
