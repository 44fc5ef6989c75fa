"""counting.parameter_breakdown: enumerate() without start=1: the layers are numbered 0..L-1, not 1..L."""


def parameter_breakdown(widths):
    rows = []
    for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:])):
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
