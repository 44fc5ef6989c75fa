"""data.one_hot: without n_classes takes K = the number of DISTINCT labels (len(np.unique)), not max(labels) + 1: too few columns when a class is absent."""


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64)
    depth = len(np.unique(labels)) if n_classes is None else n_classes
    out = np.zeros((labels.size, depth))
    out[np.arange(labels.size), labels] = 1.0
    return out
