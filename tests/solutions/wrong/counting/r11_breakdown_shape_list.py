"""counting.parameter_breakdown: "shape" as a list [n_in, n_out] instead of the tuple (n_in, n_out)"""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": [widths[l - 1], widths[l]], "weights": widths[l - 1] * widths[l],
             "biases": widths[l], "total": (widths[l - 1] + 1) * widths[l]} for l in range(1, len(widths))]
