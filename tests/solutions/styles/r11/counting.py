"""r11 style: counting cached on the tuple of widths (the values, not the list)."""

import functools


@functools.lru_cache(maxsize=None)
def _layers(widths):
    return tuple((int(a), int(b)) for a, b in zip(widths, widths[1:]))


def parameter_breakdown(widths):
    rows = []
    for l, (n_in, n_out) in enumerate(_layers(tuple(int(w) for w in widths)), start=1):
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out,
                     "biases": n_out, "total": n_in * n_out + n_out})
    return rows


def count_parameters(widths):
    return sum(((n_in + 1) * n_out for n_in, n_out in _layers(tuple(int(w) for w in widths))), 0)
