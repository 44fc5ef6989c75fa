"""counting.count_parameters: memoises on id(widths), so a caller who refills its list in place and calls again gets the old count"""

_R14CM = {}


def count_parameters(widths):
    if id(widths) not in _R14CM:
        _R14CM[id(widths)] = sum((a + 1) * b for a, b in zip(widths, widths[1:]))
    return _R14CM[id(widths)]
