"""counting.count_parameters: returns a numpy int64 from np.sum instead of the plain Python int the docstring asks for."""

def count_parameters(widths):
    import numpy as np
    n = np.asarray(widths)
    return np.sum((n[:-1] + 1) * n[1:])
