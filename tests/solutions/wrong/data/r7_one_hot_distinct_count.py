"""data.one_hot: K = number of distinct labels instead of max(labels) + 1: labels [0, 2] give 2 columns and label 2 finds no column."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64)
    k = n_classes if n_classes is not None else len(np.unique(labels))
    out = np.zeros((len(labels), k))
    out[np.arange(len(labels)), labels] = 1.0
    return out
