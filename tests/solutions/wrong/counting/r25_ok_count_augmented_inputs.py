"""counting.count_parameters: right: Zurada's augmented patterns, one bias input appended to each layer's inputs only: sum of (n_{l-1} + 1) * n_l as ints"""


def count_parameters(widths):
    augmented = [int(n) + 1 for n in widths[:-1]]
    return int(sum(a * int(n) for a, n in zip(augmented, widths[1:])))
