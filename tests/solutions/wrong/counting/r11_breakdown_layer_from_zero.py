"""counting.parameter_breakdown: numbers the layers from 0 instead of 1"""


def parameter_breakdown(widths):
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]))]
