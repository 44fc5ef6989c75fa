"""Parameter counting, PyTorch style: walk consecutive (fan_in, fan_out) pairs as nn.Linear layers."""

from functools import reduce
from itertools import islice


def _layers(widths):
    # freeze the values now: the caller may refill its list later
    sizes = [int(w) for w in widths]
    return zip(sizes, islice(sizes, 1, None))


def parameter_breakdown(widths):
    rows = []
    for layer, (n_in, n_out) in enumerate(_layers(widths), start=1):
        weights, biases = n_in * n_out, n_out
        rows.append({"layer": layer, "shape": (n_in, n_out), "weights": weights, "biases": biases,
                     "total": weights + biases})
    return rows


def count_parameters(widths):
    return reduce(lambda acc, pair: acc + (pair[0] + 1) * pair[1], _layers(widths), 0)
