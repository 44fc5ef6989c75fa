"""counting.count_parameters: sums np.prod(shape) of each variable (the TF idiom), so the total is a numpy integer, not the plain Python int asked for."""


def count_parameters(widths):
    import numpy as np
    total = 0
    for l in range(1, len(widths)):
        total = total + np.prod((widths[l - 1], widths[l])) + np.prod((widths[l],))
    return total
