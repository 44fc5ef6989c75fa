"""counting.count_parameters: returns a numpy.int64 from np.dot, not the plain Python int the module asks for.

Habit: defensive np.asarray(widths, dtype=np.int64) coercion, then vector arithmetic.
"""


def count_parameters(widths):
    import numpy as np

    w = np.asarray(widths, dtype=np.int64)
    if w.ndim != 1 or (w < 0).any():
        raise ValueError("widths must be a flat list of non-negative ints")
    return np.dot(w[:-1] + 1, w[1:])
