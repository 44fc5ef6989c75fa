"""counting.parameter_breakdown: consumes the caller's list with widths.pop(0), leaving it with only its last entry."""

def parameter_breakdown(widths):
    rows, l = [], 1
    n_in = widths.pop(0)
    while widths:
        n_out = widths.pop(0)
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
        n_in, l = n_out, l + 1
    widths.append(n_in)
    return rows
