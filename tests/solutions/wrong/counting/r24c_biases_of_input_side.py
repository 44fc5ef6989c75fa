"""counting.count_parameters: n_in * n_out + n_in: the bias count taken from the layer's input width instead of its output width."""


def count_parameters(widths):
    return sum(n_in * n_out + n_in for n_in, n_out in zip(widths, widths[1:]))
