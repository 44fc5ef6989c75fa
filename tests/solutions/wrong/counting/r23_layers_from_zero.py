"""counting.parameter_breakdown: layers numbered from 0 (a 1-based Lua loop ported with a plain enumerate), not l = 1..L."""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    rows = []
    for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out,
                     "biases": n_out, "total": n_in * n_out + n_out})
    return rows
