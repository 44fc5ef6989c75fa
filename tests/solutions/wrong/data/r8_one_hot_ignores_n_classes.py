"""data.one_hot: always uses max(labels) + 1 columns; n_classes larger than that is ignored."""


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    return np.eye(labels.max() + 1)[labels]
