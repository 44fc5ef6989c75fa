"""gradcheck.relative_error: Right: the documented ratio, left as a numpy float64 (np.divide of two norms)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.ravel(a).astype(np.float64), np.ravel(b).astype(np.float64)
    return np.divide(np.linalg.norm(a - b), np.maximum(np.linalg.norm(a) + np.linalg.norm(b), floor))
