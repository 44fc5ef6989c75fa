"""counting.parameter_breakdown: numbers the layers from 0 (enumerate's default) instead of l = 1..L"""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    return [{"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out, "total": (n_in + 1) * n_out}
            for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]))]
