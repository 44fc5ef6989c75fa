"""counting.parameter_breakdown: finds each layer's position with widths.index(n_out), wrong when a width repeats (e.g. [3, 3, 3, 3])"""


def parameter_breakdown(widths):
    rows = []
    for n_out in widths[1:]:
        l = widths.index(n_out)
        n_in = widths[l - 1]
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
