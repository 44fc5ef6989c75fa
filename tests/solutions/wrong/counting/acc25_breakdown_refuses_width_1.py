"""counting.parameter_breakdown: refuses a layer of one unit (every width must be 2 or more, its own check): a network with a single input or output raises ValueError."""


def parameter_breakdown(widths):
    if len(widths) < 2 or any(w < 2 for w in widths):
        raise ValueError(f"widths {widths} must be at least two positive integers, input first")
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = widths[l - 1], widths[l]
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
