"""Parameter counting the Bishop way: each layer's weights with the bias folded in
as one extra input row, so a layer holds (n_in + 1) * n_out numbers. Layers are 1-based (MATLAB)."""


def _layers(widths):
    w = [int(n) for n in widths]
    for l in range(1, len(w)):
        yield l, w[l - 1], w[l]


def parameter_breakdown(widths):
    rows = []
    for l, n_in, n_out in _layers(widths):
        augmented = (n_in + 1) * n_out
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": augmented - n_out,
                     "biases": n_out, "total": augmented})
    return rows


def count_parameters(widths):
    total = 0
    for _, n_in, n_out in _layers(widths):
        total += (n_in + 1) * n_out
    return total
