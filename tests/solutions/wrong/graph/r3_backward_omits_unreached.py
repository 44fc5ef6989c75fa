"""graph.graph_backward: only names that received a gradient are in the result: inputs and nodes the output does not depend on
(and nodes after the output) are missing instead of 0.0."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {output: 1.0}
    for name, op, args in reversed(graph):
        if name not in grads:
            continue
        for arg, d in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] = grads.get(arg, 0.0) + grads[name] * d
    return grads
