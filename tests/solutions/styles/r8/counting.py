"""A correct solution of exercises/counting.py, style r8: recursion over the widths, functools.reduce for the sum."""
from functools import reduce


def _layers(widths, layer=1):
    if len(widths) < 2:
        return []
    n_in, n_out = int(widths[0]), int(widths[1])
    here = {"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
            "total": (n_in + 1) * n_out}
    return [here] + _layers(widths[1:], layer + 1)


def parameter_breakdown(widths):
    return _layers(tuple(widths))


def count_parameters(widths):
    return reduce(lambda acc, row: acc + row["total"], parameter_breakdown(widths), 0)
