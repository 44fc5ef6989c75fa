"""counting.count_parameters: the widths paired two apart, zip(widths[:-1], widths[2:]): (n_{l-1} + 1) n_{l+1}, one layer too few."""


def count_parameters(widths):
    total = 0
    for n_in, n_out in zip(widths[:-1], widths[2:]):
        total += n_in * n_out + n_out
    return total
