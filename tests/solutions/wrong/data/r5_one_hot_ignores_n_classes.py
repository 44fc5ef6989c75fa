"""data.one_hot: one_hot ignores n_classes: K is always max(labels) + 1."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    return np.eye(labels.max() + 1)[labels]
