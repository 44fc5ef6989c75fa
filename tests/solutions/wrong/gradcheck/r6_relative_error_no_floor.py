"""gradcheck.relative_error: ||a - b|| / (||a|| + ||b||) without the floor: NaN (0/0, with a warning) for two zero gradients."""

def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
