"""perceptron.perceptron_predict: step(z) = 1 only for z > 0, so z = 0 gives 0 (the docstring says z >= 0 gives 1)."""

def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return (z > 0).astype(float) if np.ndim(z) else float(z > 0)
