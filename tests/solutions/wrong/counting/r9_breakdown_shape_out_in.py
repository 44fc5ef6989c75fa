"""counting.parameter_breakdown: shape (n_out, n_in), the PyTorch Linear layout, not the course's (n_in, n_out) for Z = A W + b."""

def parameter_breakdown(widths):
    ws = [int(w) for w in widths]
    return [{"layer": l, "shape": (b, a), "weights": a * b, "biases": b, "total": a * b + b}
            for l, (a, b) in enumerate(zip(ws[:-1], ws[1:]), start=1)]
