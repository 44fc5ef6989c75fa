"""graph.graph_backward: visits the nodes in topological (forward) order instead of reverse"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in graph:
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return grads
