"""A correct student solution of exercises/counting.py."""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths)):
        n_in, n_out = widths[l - 1], widths[l]
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows


def count_parameters(widths):
    return sum(row["total"] for row in parameter_breakdown(widths))
