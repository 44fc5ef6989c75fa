"""data.one_hot: Lua's 1-based class labels: K = max(labels) and the 1 put at column labels[i] - 1, so class 0 lands in the last column and every class moves one left."""


def one_hot(labels, n_classes=None):
    y = np.asarray(labels).astype(np.int64).reshape(-1)
    nb_class = n_classes if n_classes is not None else int(y.max())
    ret = np.zeros((y.shape[0], max(nb_class, 1)))
    ret[np.arange(y.shape[0]), y - 1] = 1.0
    return ret
