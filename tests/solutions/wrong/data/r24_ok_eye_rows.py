"""data.one_hot: right: rows of the identity picked by the labels, np.eye(K)[labels], a float64 (N, K)."""


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    depth = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(depth)[labels]
