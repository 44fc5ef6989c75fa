"""counting.count_parameters: accumulates into a module-level running total that is never reset, so only the first call is right"""

_r13_cnt_total = 0


def count_parameters(widths):
    global _r13_cnt_total
    for n_in, n_out in zip(widths[:-1], widths[1:]):
        _r13_cnt_total += (int(n_in) + 1) * int(n_out)
    return _r13_cnt_total
