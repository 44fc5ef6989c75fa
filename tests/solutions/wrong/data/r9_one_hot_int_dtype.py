"""data.one_hot: an int matrix (np.zeros(..., dtype=int)) where the course's arrays are float64."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = n_classes if n_classes is not None else int(labels.max()) + 1
    out = np.zeros((labels.size, k), dtype=int)
    out[np.arange(labels.size), labels] = 1
    return out
