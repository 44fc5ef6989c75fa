"""Parameter counts the Torch7 way: a list of nn.Linear(inputSize, outputSize) modules, each
holding weight and bias, counted layer by layer as model:getParameters() would see them."""


def _linears(widths):
    """(inputSize, outputSize) of each nn.Linear of the model, in order."""
    sizes = [int(n) for n in widths]
    return [(sizes[i - 1], sizes[i]) for i in range(1, len(sizes))]


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer": l, "shape": (n_in, n_out), "weights": n_in*n_out, "biases": n_out, "total": ...}."""
    rows = []
    for l, (inputSize, outputSize) in enumerate(_linears(widths), start=1):
        nWeight = inputSize * outputSize
        rows.append({"layer": l, "shape": (inputSize, outputSize), "weights": nWeight,
                     "biases": outputSize, "total": nWeight + outputSize})
    return rows


def count_parameters(widths):
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    return sum(row["total"] for row in parameter_breakdown(widths))
