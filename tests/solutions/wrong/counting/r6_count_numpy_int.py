"""counting.count_parameters: np.dot of the widths returns a numpy integer (and overflows int32 on some platforms), not a Python int."""

def count_parameters(widths):
    import numpy as np
    w = np.asarray(widths)
    return np.dot(w[:-1] + 1, w[1:])
