"""data.one_hot: Targets as Haykin's column vectors, one column per example: returns (K, N), the transpose of (N, K).
"""

def one_hot(labels, n_classes=None):
    """Targets as Haykin's column vectors, one column per example: returns (K, N), the transpose of (N, K)."""
    labels = np.asarray(labels, dtype=int).reshape(-1)
    k = int(labels.max()) + 1 if n_classes is None else n_classes
    return (np.arange(k)[:, None] == labels[None, :]).astype(float)
