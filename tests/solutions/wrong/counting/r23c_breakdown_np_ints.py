"""counting.parameter_breakdown: widths through np.asarray: numpy int64 counts and shape entries, not plain Python ints."""


import itertools

import numpy as np


def parameter_breakdown(widths):
    w = np.asarray(widths)
    rows = []
    for l, (n_in, n_out) in enumerate(itertools.pairwise(w), start=1):
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
