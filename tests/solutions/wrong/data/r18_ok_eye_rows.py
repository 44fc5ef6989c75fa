"""data.one_hot: Right: nnfs's np.eye(K)[labels], rows of the identity picked by label; float64, shape (N, K).
"""

def one_hot(labels, n_classes=None):
    """Right: nnfs's np.eye(K)[labels], rows of the identity picked by label; float64, shape (N, K)."""
    labels = np.asarray(labels).astype(int).ravel()
    K = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(K)[labels]
