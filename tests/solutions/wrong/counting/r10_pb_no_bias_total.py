"""counting.parameter_breakdown: "total" counts the weights only, the biases are listed but not added"""


def parameter_breakdown(widths):
    out = []
    for i, (a, b) in enumerate(zip(widths, widths[1:])):
        out.append({"layer": i + 1, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b})
    return out
