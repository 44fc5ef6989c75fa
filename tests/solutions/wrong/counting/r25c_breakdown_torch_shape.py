"""counting.parameter_breakdown: "shape" given in nn.Linear's weight layout (n_out, n_in) instead of (n_in, n_out)."""

def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = widths[l - 1], widths[l]
        rows.append({"layer": l, "shape": (n_out, n_in), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
