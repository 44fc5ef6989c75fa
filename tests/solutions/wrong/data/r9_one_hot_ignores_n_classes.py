"""data.one_hot: always K = max(labels) + 1, ignoring n_classes: too few columns when the largest classes are absent from labels."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    return np.eye(int(labels.max()) + 1)[labels]
