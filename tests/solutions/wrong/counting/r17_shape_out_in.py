"""counting.parameter_breakdown: reports each layer's shape as (n_out, n_in) (a PyTorch Linear weight) instead of (n_in, n_out).

Habit: defensive production code (validation, ints) written by someone used to torch.nn.Linear.
"""


def parameter_breakdown(widths):
    sizes = [int(w) for w in widths]
    if any(s < 0 for s in sizes):
        raise ValueError("widths must be non-negative")
    return [{"layer": l, "shape": (n_out, n_in), "weights": n_in * n_out, "biases": n_out,
             "total": n_in * n_out + n_out}
            for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1)]
