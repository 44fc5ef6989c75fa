"""counting.count_parameters: memoised by id(widths): a list refilled in place returns the old count."""


_r23c_counts = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _r23c_counts:
        _r23c_counts[key] = sum((a + 1) * b for a, b in zip(widths, widths[1:]))
    return _r23c_counts[key]
