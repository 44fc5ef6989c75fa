"""gradcheck.relative_error: the largest entrywise relative error max |a - b| / (|a| + |b|) instead of the ratio of Euclidean norms."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
