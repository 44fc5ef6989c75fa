"""data.one_hot: builds the (K, N) matrix, one column per example."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    K = n_classes if n_classes is not None else labels.max() + 1
    out = np.zeros((K, labels.size))
    out[labels, np.arange(labels.size)] = 1.0
    return out
