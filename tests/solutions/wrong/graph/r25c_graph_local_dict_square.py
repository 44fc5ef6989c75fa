"""graph.graph_backward: local derivatives kept in a dict keyed by input name: for x * x the second entry overwrites the first (x, not 2x)."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        local = dict(zip(args, _local(op, values[name], *(values[a] for a in args))))
        for arg, d in local.items():
            grads[arg] += grads[name] * d
    return grads
