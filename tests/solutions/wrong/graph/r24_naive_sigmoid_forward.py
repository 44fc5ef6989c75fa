"""graph.graph_forward: sigmoid as 1 / (1 + exp(-a)) with no guard: right for moderate a, but exp(1000) raises OverflowError for a = -1000."""


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        a = values[args[0]]
        if op == "sigmoid":
            values[name] = 1.0 / (1.0 + math.exp(-a))
        else:
            values[name] = float(_apply(op, a, values[args[1]] if len(args) > 1 else None))
    return values
