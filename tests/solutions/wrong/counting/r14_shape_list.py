"""counting.parameter_breakdown: "shape" is a list [n_in, n_out], not the tuple (n_in, n_out) the docstring shows"""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": [widths[l - 1], widths[l]], "weights": widths[l - 1] * widths[l],
             "biases": widths[l], "total": (widths[l - 1] + 1) * widths[l]} for l in range(1, len(widths))]
