"""counting.parameter_breakdown: reports the weight shape as (n_out, n_in), the PyTorch nn.Linear convention, not the course's (n_in, n_out)."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (b, a), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(ws, ws[1:]), 1)]
