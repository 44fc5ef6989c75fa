"""data.one_hot: Octave ex4 port that treats labels as 1..K: K = max(labels) and the 1 goes in column labels[i] - 1, so
class 0 lands in the last column and the matrix is one column short.
"""

def one_hot(labels, n_classes=None):
    """Octave ex4 port that treats labels as 1..K: K = max(labels) and the 1 goes in column labels[i] - 1, so class 0 lands in the last column and the matrix is one column short."""
    labels = np.asarray(labels, dtype=int).reshape(-1)
    K = int(labels.max()) if n_classes is None else n_classes
    return np.eye(K)[labels - 1]
