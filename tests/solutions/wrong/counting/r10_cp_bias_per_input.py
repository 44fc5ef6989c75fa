"""counting.count_parameters: (n_{l-1}) * (n_l + 1), the bias counted per input unit"""


def count_parameters(widths):
    return sum(widths[i] * (widths[i + 1] + 1) for i in range(len(widths) - 1))
