"""counting.count_parameters: zip(widths[:-1], widths[-1:]) (a slip of widths[1:]): only (n_0 + 1) n_L, the input width with the output's."""


def count_parameters(widths):
    return sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], widths[-1:]))
