"""counting.parameter_breakdown: numbers the layers 0..L-1 (enumerate's default) instead of 1..L."""

def parameter_breakdown(widths):
    n = [int(k) for k in widths]
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": (a + 1) * b}
            for l, (a, b) in enumerate(zip(n[:-1], n[1:]))]
