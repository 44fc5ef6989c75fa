"""data.one_hot: an integer matrix (np.eye(K, dtype=int)[labels]) instead of float64."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = labels.max() + 1 if n_classes is None else n_classes
    return np.eye(k, dtype=int)[labels]
