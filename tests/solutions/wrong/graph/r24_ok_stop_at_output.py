"""graph.graph_backward: right: nodes after the output in topological order cannot reach it, so the backward sweep starts at the output's node; everything else keeps 0.0."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    names = [node[0] for node in graph]
    start = names.index(output) + 1 if output in names else 0
    for name, op, args in reversed(graph[:start]):
        a = values[args[0]]
        b = values[args[1]] if len(args) > 1 else None
        for arg, local in zip(args, _local(op, values[name], a, b)):
            grads[arg] += grads[name] * local
    return {k: float(v) for k, v in grads.items()}
