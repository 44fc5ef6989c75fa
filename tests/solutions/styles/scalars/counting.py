"""Parameter counting from numpy integer scalars, converted back to int (scalars style)."""

import numpy as np


def parameter_breakdown(widths):
    out = []
    for l in range(1, len(widths)):
        n_in, n_out = np.int64(widths[l - 1]), np.int64(widths[l])
        w = n_in * n_out
        out.append({"layer": int(l), "shape": (int(n_in), int(n_out)), "weights": int(w), "biases": int(n_out),
                    "total": int(w + n_out)})
    return out


def count_parameters(widths):
    total = np.int64(0)
    for l in range(1, len(widths)):
        total += (np.int64(widths[l - 1]) + np.int64(1)) * np.int64(widths[l])
    return int(total)
