"""data.one_hot: treats labels as R factor codes 1..K: K = max(labels) columns and label k in column k - 1 (label 0 wraps to the last column)."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int)
    K = n_classes if n_classes is not None else int(labels.max())
    M = np.zeros((len(labels), K))
    M[np.arange(len(labels)), labels - 1] = 1.0
    return M
