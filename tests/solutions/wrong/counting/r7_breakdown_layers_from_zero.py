"""counting.parameter_breakdown: numbers the layers from 0 (enumerate without start=1) instead of l = 1..L."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(ws, ws[1:]))]
