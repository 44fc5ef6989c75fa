"""counting.parameter_breakdown: folds each neuron's bias into its weight vector as Grus does (shape (n_in + 1, n_out), biases 0)."""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    rows = []
    for layer, (n_in, n_out) in enumerate(zip(sizes, sizes[1:]), start=1):
        # Data Science from Scratch: every neuron's weight list ends with its bias weight
        weights = (n_in + 1) * n_out
        rows.append({"layer": layer, "shape": (n_in + 1, n_out), "weights": weights, "biases": 0, "total": weights})
    return rows
