"""graph.graph_forward: sigmoid as 1 / (1 + math.exp(-a)): OverflowError at a = -1000"""


def graph_forward(graph, inputs):
    import math
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        if op == "sigmoid":
            values[name] = 1 / (1 + math.exp(-values[args[0]]))
        else:
            values[name] = float(_apply(op, *(values[a] for a in args)))
    return values
