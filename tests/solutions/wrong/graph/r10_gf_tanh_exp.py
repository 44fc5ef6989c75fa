"""graph.graph_forward: tanh from its exp definition (e^a - e^-a) / (e^a + e^-a): overflows at |a| = 1000"""


def graph_forward(graph, inputs):
    import math
    values = dict((k, float(v)) for k, v in inputs.items())
    for name, op, args in graph:
        if op == "tanh":
            a = values[args[0]]
            values[name] = (math.exp(a) - math.exp(-a)) / (math.exp(a) + math.exp(-a))
        else:
            values[name] = float(_apply(op, *[values[a] for a in args]))
    return values
