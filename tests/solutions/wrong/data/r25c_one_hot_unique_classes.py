"""data.one_hot: K taken as the number of distinct labels (pandas get_dummies' habit), not max(labels) + 1."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = len(np.unique(labels)) if n_classes is None else n_classes
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels] = 1.0
    return out
