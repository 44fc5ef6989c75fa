"""graph.graph_forward: sub and div take their inputs in the wrong order (b - a, b / a)"""


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        xs = [values[a] for a in args]
        if op in ("sub", "div"):
            xs = xs[::-1]
        values[name] = float(_apply(op, *xs))
    return values
