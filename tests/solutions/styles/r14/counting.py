"""Parameter counts from pairs of neighbouring widths, with zip (r14 style)."""


def parameter_breakdown(widths):
    widths = [int(w) for w in widths]  # a snapshot: later changes to the caller's list do not matter
    rows = []
    for layer, (n_in, n_out) in enumerate(zip(widths, widths[1:]), start=1):
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out,
                     "biases": n_out, "total": n_in * n_out + n_out})
    return rows


def count_parameters(widths):
    return sum(row["total"] for row in parameter_breakdown(widths))
