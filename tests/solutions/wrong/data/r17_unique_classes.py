"""data.one_hot: columns are the distinct labels present (np.unique), so K and the columns shift when a class is missing.

Habit: scikit-learn's LabelBinarizer.fit sets classes_ = np.unique(y); n_classes only used when given.
"""


def one_hot(labels, n_classes=None):
    y = np.asarray(labels).astype(np.int64).ravel()
    classes_ = np.arange(n_classes) if n_classes is not None else np.unique(y)
    return (y[:, None] == classes_[None, :]).astype(np.float64)
