"""counting.parameter_breakdown: numbers the layers 0..L-1 (enumerate without start=1)."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (a, b), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(ws[:-1], ws[1:]))]
