"""graph.graph_forward: returns the node values only, the inputs left out"""


def graph_forward(graph, inputs):
    env = {k: float(v) for k, v in inputs.items()}
    out = {}
    for name, op, args in graph:
        env[name] = out[name] = float(_apply(op, *(env[a] for a in args)))
    return out
