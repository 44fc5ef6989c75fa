"""counting.count_parameters: memoises on id(widths), so a list refilled in place gets the stale count"""

_CACHE = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _CACHE:
        _CACHE[key] = sum((a + 1) * b for a, b in zip(widths[:-1], widths[1:]))
    return _CACHE[key]
