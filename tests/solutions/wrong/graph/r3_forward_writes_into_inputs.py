"""graph.graph_forward: stores the node values in the caller's `inputs` dict (values = inputs), so after the call the
caller's dict also holds every node."""

def graph_forward(graph, inputs):
    values = inputs
    for name, op, args in graph:
        values[name] = float(_apply(op, *(values[a] for a in args)))
    return {k: float(v) for k, v in values.items()}
