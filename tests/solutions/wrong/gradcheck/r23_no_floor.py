"""gradcheck.relative_error: ignores the floor, ||a - b|| / (||a|| + ||b||), so two zero gradients give nan with a RuntimeWarning."""


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
