"""gradcheck.relative_error: Chainer-style entrywise max |a - b| / max(|a| + |b|, floor) instead of the ratio of Euclidean norms."""


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))
