"""perceptron.perceptron_predict: 1 where X w + b > 0 (strict): 0 instead of 1 exactly on the boundary z = 0."""

def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    out = (z > 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out
