"""counting.parameter_breakdown: range(1, len(widths) - 1) leaves out the output layer"""


def parameter_breakdown(widths):
    rows = []
    for l in range(1, len(widths) - 1):
        a, b = widths[l - 1], widths[l]
        rows.append({"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b + b})
    return rows
