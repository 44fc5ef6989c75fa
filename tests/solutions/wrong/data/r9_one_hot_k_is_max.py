"""data.one_hot: K = max(labels) without the + 1 when n_classes is None: the highest class has no column."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = n_classes if n_classes is not None else int(labels.max())
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels] = 1.0
    return out
