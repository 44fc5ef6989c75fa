"""counting.count_parameters: counts one bias per input unit instead of one per output unit: sum (n_out + 1) * n_in."""


def count_parameters(widths):
    sizes = [int(n) for n in widths]
    return sum((n_out + 1) * n_in for n_in, n_out in zip(sizes, sizes[1:]))
