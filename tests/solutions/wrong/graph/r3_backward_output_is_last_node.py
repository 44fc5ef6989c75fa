"""graph.graph_backward: ignores `output` and seeds the gradient at the last node of the graph: wrong whenever the output asked for is an earlier node."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[graph[-1][0]] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * d
    return grads
