"""gradcheck.relative_error: the mean of entry-wise relative errors |a_i - b_i| / max(|a_i| + |b_i|, floor) instead of one ratio of Euclidean norms."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.mean(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
