"""data.one_hot: returns the (K, N) matrix, one column per example."""


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = n_classes if n_classes is not None else labels.max() + 1
    return np.eye(k)[:, labels]
