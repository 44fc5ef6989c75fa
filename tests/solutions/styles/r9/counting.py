"""counting with functools.reduce over consecutive pairs of widths."""

from functools import reduce


def _pairs(widths):
    ws = [int(w) for w in widths]
    return list(zip(ws[:-1], ws[1:]))


def parameter_breakdown(widths):
    rows = []
    for layer, (n_in, n_out) in enumerate(_pairs(widths), start=1):
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": n_in * n_out,
                     "biases": n_out, "total": n_in * n_out + n_out})
    return rows


def count_parameters(widths):
    return reduce(lambda acc, pair: acc + (pair[0] + 1) * pair[1], _pairs(widths), 0)
