"""counting.parameter_breakdown: shape given the Torch7 nn.Linear way, weight (outputSize, inputSize), instead of (n_in, n_out)."""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    rows = []
    for l in range(1, len(sizes)):
        inputSize, outputSize = sizes[l - 1], sizes[l]
        rows.append({"layer": l, "shape": (outputSize, inputSize), "weights": inputSize * outputSize,
                     "biases": outputSize, "total": inputSize * outputSize + outputSize})
    return rows
