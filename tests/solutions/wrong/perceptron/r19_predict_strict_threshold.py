"""perceptron.perceptron_predict: Mitchell's threshold o = 1 only if w.x + b > 0: a point exactly on the boundary (z =
0) gives 0, not 1.
"""

def perceptron_predict(X, w, b):
    """Mitchell's threshold o = 1 only if w.x + b > 0: a point exactly on the boundary (z = 0) gives 0, not 1."""
    v = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = (v > 0).astype(float)
    return float(y) if np.ndim(v) == 0 else y
