"""counting.parameter_breakdown: gives each layer's shape as (n_out, n_in), Aggarwal's and Rojas's column-vector W, instead of the course's (n_in, n_out)."""

def parameter_breakdown(widths):
    n = [int(k) for k in widths]
    return [{"layer": l, "shape": (b, a), "weights": a * b, "biases": b, "total": (a + 1) * b}
            for l, (a, b) in enumerate(zip(n[:-1], n[1:]), start=1)]
