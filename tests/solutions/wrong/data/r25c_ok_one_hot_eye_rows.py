"""data.one_hot: Right: rows of np.eye(K) picked by fancy indexing (a new float64 array); labels may be any int dtype or a list."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.intp)
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return np.eye(k)[labels.reshape(-1)]
