"""graph.graph_forward: tanh written as in micrograd's first lecture, (e^{2x} - 1) / (e^{2x} + 1): math.exp overflows
(OverflowError) for inputs of a few hundred.
"""

def graph_forward(graph, inputs):
    """tanh written as in micrograd's first lecture, (e^{2x} - 1) / (e^{2x} + 1): math.exp overflows (OverflowError) for inputs of a few hundred."""
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        if op == "tanh":
            x = values[args[0]]
            values[name] = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
        else:
            values[name] = float(_apply(op, *(values[a] for a in args)))
    return values
