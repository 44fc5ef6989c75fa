"""counting.count_parameters: walks the widths as a queue with widths.pop(0), emptying the caller's list (a second call on it gives 0)"""


def count_parameters(widths):
    total = 0
    if not widths:
        return 0
    n_in = int(widths.pop(0))
    while widths:
        n_out = int(widths.pop(0))
        total += (n_in + 1) * n_out
        n_in = n_out
    return total
