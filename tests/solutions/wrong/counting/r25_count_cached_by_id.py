"""counting.count_parameters: caches results by id(widths), so a list refilled in place and passed again gets the old count"""

_R25_COUNTS = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _R25_COUNTS:
        _R25_COUNTS[key] = sum((int(a) + 1) * int(b) for a, b in zip(widths[:-1], widths[1:]))
    return _R25_COUNTS[key]
