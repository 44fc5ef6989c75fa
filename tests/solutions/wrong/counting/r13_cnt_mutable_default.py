"""counting.parameter_breakdown: a mutable default list collects rows, so a second call returns the first call's layers too"""


def parameter_breakdown(widths, rows=[]):
    for l in range(1, len(widths)):
        n_in, n_out = int(widths[l - 1]), int(widths[l])
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows
