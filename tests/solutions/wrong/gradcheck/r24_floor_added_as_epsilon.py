"""gradcheck.relative_error: floor ADDED to the denominator like a TF epsilon (||a - b|| / (||a|| + ||b|| + floor)) instead of taken as its minimum: wrong for gradients near the floor's size."""


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
