"""counting.parameter_breakdown: numbers the layers from 0 (enumerate default) instead of l = 1..L."""

def parameter_breakdown(widths):
    return [{"layer": l, "shape": (int(a), int(b)), "weights": int(a) * int(b), "biases": int(b),
             "total": (int(a) + 1) * int(b)}
            for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]))]
