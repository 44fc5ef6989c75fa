"""data.one_hot: Mitchell's sigmoid-friendly targets: 0.9 for the right class and 0.1 elsewhere, instead of 1 and 0.
"""

def one_hot(labels, n_classes=None):
    """Mitchell's sigmoid-friendly targets: 0.9 for the right class and 0.1 elsewhere, instead of 1 and 0."""
    labels = np.asarray(labels, dtype=int).reshape(-1)
    k = int(labels.max()) + 1 if n_classes is None else n_classes
    T = np.full((labels.size, k), 0.1)
    T[np.arange(labels.size), labels] = 0.9
    return T
