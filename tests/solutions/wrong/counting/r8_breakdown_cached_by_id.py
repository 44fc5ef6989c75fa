"""counting.parameter_breakdown: memoises on id(widths), so a list refilled in place and passed again gets the old answer."""


def parameter_breakdown(widths, _memo={}):
    key = id(widths)
    if key not in _memo:
        _memo[key] = [{"layer": l, "shape": (int(a), int(b)), "weights": int(a * b), "biases": int(b), "total": int(a * b + b)}
                      for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
    return _memo[key]
