"""counting.count_parameters: returns a numpy integer (np.int64) instead of a plain int."""

def count_parameters(widths):
    w = np.asarray(widths)
    return np.sum((w[:-1] + 1) * w[1:])
