"""counting.parameter_breakdown: counts computed with np.prod, numpy integers instead of plain Python ints"""

import numpy as np


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        shape = (widths[l - 1], widths[l])
        w = np.prod(shape)
        rows.append({"layer": l, "shape": shape, "weights": w, "biases": widths[l], "total": w + widths[l]})
    return rows
