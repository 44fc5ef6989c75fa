"""counting.count_parameters: memoises by id(widths): a caller that refills its list in place gets the stale count back."""

_seen = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _seen:
        ws = [int(w) for w in widths]
        _seen[key] = sum((a + 1) * b for a, b in zip(ws[:-1], ws[1:]))
    return _seen[key]
