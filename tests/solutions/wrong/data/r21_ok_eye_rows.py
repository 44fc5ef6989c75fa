"""data.one_hot: right: rows of the identity, np.eye(K)[labels], the one-line indexing form."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    return np.eye(int(labels.max()) + 1 if n_classes is None else int(n_classes))[labels]
