"""counting.parameter_breakdown: numpy int64 values (from np.array(widths)) instead of plain Python ints"""
import numpy as np


def parameter_breakdown(widths):
    w = np.array(widths)
    return [{"layer": l, "shape": (w[l - 1], w[l]), "weights": w[l - 1] * w[l], "biases": w[l],
             "total": (w[l - 1] + 1) * w[l]} for l in range(1, len(w))]
