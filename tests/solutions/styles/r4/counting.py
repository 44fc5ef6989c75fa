"""Correct solution of exercises/counting.py, r4 style: a generator of layer rows over zip(widths, widths[1:]), the count summed from it."""


def _layers(widths):
    for l, (n_in, n_out) in enumerate(zip(widths, widths[1:]), start=1):
        yield {"layer": l, "shape": (int(n_in), int(n_out)), "weights": int(n_in) * int(n_out),
               "biases": int(n_out), "total": (int(n_in) + 1) * int(n_out)}


def parameter_breakdown(widths):
    return list(_layers(list(widths)))


def count_parameters(widths):
    return sum(row["total"] for row in _layers(list(widths)))
