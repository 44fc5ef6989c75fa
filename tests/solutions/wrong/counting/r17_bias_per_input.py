"""counting.count_parameters: counts one bias per input unit of each layer (n_{l-1} * n_l + n_{l-1}) instead of per output unit.

Habit: defensive code with type hints and validation, the bias attached to the wrong side.
"""


def count_parameters(widths):
    sizes = [int(w) for w in widths]
    if any(s < 0 for s in sizes):
        raise ValueError("widths must be non-negative")
    return int(sum(n_in * n_out + n_in for n_in, n_out in zip(sizes[:-1], sizes[1:])))
