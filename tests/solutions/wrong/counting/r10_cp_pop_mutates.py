"""counting.count_parameters: consumes the caller's list with pop(), leaving it empty"""


def count_parameters(widths):
    total = 0
    while len(widths) > 1:
        n_out = widths.pop()
        total += (widths[-1] + 1) * n_out
    return total
