"""data.one_hot: K = number of distinct labels and columns by rank, wrong when a class is missing (labels [0, 2] give 2 columns)."""

def one_hot(labels, n_classes=None):
    classes, idx = np.unique(np.asarray(labels), return_inverse=True)
    k = len(classes) if n_classes is None else n_classes
    out = np.zeros((len(idx), k))
    out[np.arange(len(idx)), idx] = 1.0
    return out
