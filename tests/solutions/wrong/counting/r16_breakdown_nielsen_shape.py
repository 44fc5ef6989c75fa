"""counting.parameter_breakdown: Nielsen's network.py layout, each weight matrix's shape given as (n_out, n_in) (np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:]))"""


def parameter_breakdown(widths):
    rows = []
    for l, (x, y) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        rows.append({"layer": l, "shape": (int(y), int(x)), "weights": int(x * y), "biases": int(y), "total": int(x * y + y)})
    return rows
