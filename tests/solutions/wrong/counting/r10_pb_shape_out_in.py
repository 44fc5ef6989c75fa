"""counting.parameter_breakdown: shape (n_out, n_in), the notes' rows-are-output-units layout, not the exercise's (n_in, n_out)"""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        rows.append({"layer": l, "shape": (widths[l], widths[l - 1]), "weights": widths[l] * widths[l - 1],
                     "biases": widths[l], "total": widths[l] * widths[l - 1] + widths[l]})
    return rows
