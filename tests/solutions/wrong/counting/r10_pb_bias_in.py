"""counting.parameter_breakdown: one bias per input unit (n_in) instead of per output unit"""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = widths[l - 1], widths[l]
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_in, "total": n_in * n_out + n_in})
    return rows
