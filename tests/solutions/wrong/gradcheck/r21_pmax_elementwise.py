"""gradcheck.relative_error: mean of elementwise |a - b| / pmax(|a| + |b|, floor) (R's pmax) instead of the ratio of Euclidean norms."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.mean(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
