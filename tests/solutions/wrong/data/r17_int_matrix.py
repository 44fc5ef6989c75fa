"""data.one_hot: returns an integer matrix (LabelBinarizer's default dtype int), not float.

Habit: scikit-learn's label_binarize / LabelBinarizer output.
"""


def one_hot(labels, n_classes=None):
    y = np.asarray(labels).astype(np.int64).ravel()
    k = int(n_classes) if n_classes is not None else int(y.max()) + 1
    out = np.zeros((y.size, k), dtype=int)
    out[np.arange(y.size), y] = 1
    return out
