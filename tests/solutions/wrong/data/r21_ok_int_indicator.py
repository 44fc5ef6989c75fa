"""data.one_hot (right): an integer indicator matrix (N, K) from labels[:, None] == arange(K); the docstring asks for 1s at [i, labels[i]], not a float dtype."""

def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int)
    K = n_classes if n_classes is not None else labels.max() + 1
    return (labels[:, None] == np.arange(K)).astype(int)
