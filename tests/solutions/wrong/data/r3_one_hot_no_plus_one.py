"""data.one_hot: K = max(labels) when n_classes is None (forgets the +1 of 0-based labels): the largest label has no column."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = labels.max() if n_classes is None else n_classes
    return (labels[:, None] == np.arange(k)[None, :]).astype(np.float64)
