"""counting.count_parameters: memoised by id(widths): a list refilled in place and passed again gets the old count."""

_r25c_counts = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _r25c_counts:
        _r25c_counts[key] = sum((widths[l - 1] + 1) * widths[l] for l in range(1, len(widths)))
    return _r25c_counts[key]
