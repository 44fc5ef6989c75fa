"""counting.parameter_breakdown: layers numbered from 0 instead of 1"""


def parameter_breakdown(widths):
    return [{"layer": i, "shape": (widths[i], widths[i + 1]), "weights": widths[i] * widths[i + 1],
             "biases": widths[i + 1], "total": (widths[i] + 1) * widths[i + 1]} for i in range(len(widths) - 1)]
