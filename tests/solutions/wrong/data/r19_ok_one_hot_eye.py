"""data.one_hot: Right: rows of an identity matrix picked by the labels, np.eye(K)[labels], float64 (N, K).
"""

def one_hot(labels, n_classes=None):
    """Right: rows of an identity matrix picked by the labels, np.eye(K)[labels], float64 (N, K)."""
    labels = np.asarray(labels, dtype=int).reshape(-1)
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return np.eye(k)[labels]
