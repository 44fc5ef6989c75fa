"""data.one_hot: K = number of distinct labels instead of max(labels) + 1; too narrow (IndexError) when a class is missing, and n_classes ignored."""


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = len(np.unique(labels))
    out = np.zeros((len(labels), k))
    out[np.arange(len(labels)), labels] = 1.0
    return out
