"""gradcheck.relative_error: right: np.linalg.norm of the flattened arrays, with max(..., floor) written as np.fmax; same value for every shape."""

def relative_error(a, b, floor=1e-8):
    a = np.ravel(np.asarray(a, dtype=float))
    b = np.ravel(np.asarray(b, dtype=float))
    return float(np.linalg.norm(a - b) / np.fmax(np.linalg.norm(a) + np.linalg.norm(b), floor))
