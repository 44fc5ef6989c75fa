"""counting.count_parameters: gives each layer n_in biases instead of n_out, (n_out + 1) * n_in; wrong whenever widths differ."""


def count_parameters(widths):
    return sum((b + 1) * a for a, b in zip(widths[:-1], widths[1:]))
