"""counting.parameter_breakdown: memoised on id(widths), stale when the caller refills its list in place"""


def parameter_breakdown(widths):
    _memo = parameter_breakdown.__dict__.setdefault("memo", {})
    key = id(widths)
    if key not in _memo:
        _memo[key] = [{"layer": l, "shape": (widths[l - 1], widths[l]), "weights": widths[l - 1] * widths[l],
                       "biases": widths[l], "total": (widths[l - 1] + 1) * widths[l]} for l in range(1, len(widths))]
    return _memo[key]
