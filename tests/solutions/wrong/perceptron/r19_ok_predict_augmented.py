"""perceptron.perceptron_predict: Right: Haykin's augmented form, input [-1, x] against [theta, w] with theta = -b; a
single x gives a NumPy float scalar, still a number.
"""

def perceptron_predict(X, w, b):
    """Right: Haykin's augmented form, input [-1, x] against [theta, w] with theta = -b; a single x gives a NumPy float scalar, still a number."""
    Xa = np.atleast_2d(np.asarray(X, dtype=float))
    Xa = np.hstack([-np.ones((Xa.shape[0], 1)), Xa])
    y = (Xa @ np.concatenate([[-b], w]) >= 0).astype(np.float64)
    return y[0] if np.ndim(X) == 1 else y
