"""Correct solution of exercises/counting.py, functional style: pairs of consecutive widths."""


def _layers(widths):
    return list(zip(map(int, widths[:-1]), map(int, widths[1:])))


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out, "total": (n_in + 1) * n_out}
            for l, (n_in, n_out) in enumerate(_layers(widths), start=1)]


def count_parameters(widths):
    return sum((n_in + 1) * n_out for n_in, n_out in _layers(widths))
