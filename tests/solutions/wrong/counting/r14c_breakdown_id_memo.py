"""counting.parameter_breakdown: memoised by id(widths): a caller who refills its list in place gets the old breakdown"""

_r14c_pb_memo = {}


def parameter_breakdown(widths):
    key = id(widths)
    if key not in _r14c_pb_memo:
        rows = []
        for l in range(1, len(widths)):
            n_in, n_out = int(widths[l - 1]), int(widths[l])
            rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out,
                         "biases": n_out, "total": n_in * n_out + n_out})
        _r14c_pb_memo[key] = rows
    return _r14c_pb_memo[key]
