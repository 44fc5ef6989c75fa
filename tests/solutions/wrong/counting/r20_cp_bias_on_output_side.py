"""counting.count_parameters: the bias unit put on the wrong side, sum_l n_{l-1} (n_l + 1) instead of (n_{l-1} + 1) n_l"""


def count_parameters(widths):
    D = [int(d) for d in widths]
    return sum(D[k - 1] * (D[k] + 1) for k in range(1, len(D)))
