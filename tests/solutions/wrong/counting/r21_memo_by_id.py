"""counting.count_parameters: memoises on id(widths) (dynamic programming's table keyed by the object), so a list refilled in place gets the old count."""

_R21_MEMO = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _R21_MEMO:
        n = [int(k) for k in widths]
        _R21_MEMO[key] = sum((a + 1) * b for a, b in zip(n[:-1], n[1:]))
    return _R21_MEMO[key]
