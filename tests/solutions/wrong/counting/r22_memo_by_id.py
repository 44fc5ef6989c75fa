"""counting.count_parameters: memoises on id(widths), so a list refilled in place and passed again returns the stale count."""

_r22_memo_counts = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _r22_memo_counts:
        sizes = [int(n) for n in widths]
        _r22_memo_counts[key] = sum((n_in + 1) * n_out for n_in, n_out in zip(sizes, sizes[1:]))
    return _r22_memo_counts[key]
