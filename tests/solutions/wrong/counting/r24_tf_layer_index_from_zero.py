"""counting.parameter_breakdown: numbers layers like TF's dense, dense_1, ... from 0 ("layer": 0 for the first), not l = 1..L."""


def parameter_breakdown(widths):
    rows = []
    for index, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:])):
        n_in, n_out = int(n_in), int(n_out)
        rows.append({"layer": index, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": (n_in + 1) * n_out})
    return rows
