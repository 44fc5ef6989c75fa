"""losses.bce: clips P to [1e-7, 1 - 1e-7] (Keras's epsilon 'for numerical stability') instead of the docstring's [1e-12, 1 - 1e-12]."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-7, 1 - 1e-7)
    Y = np.asarray(Y, dtype=np.float64)
    n = P.shape[0]
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / n) if n else float("nan")
