"""graph.graph_backward: what the output does not depend on gets the int 0, not the float 0.0 the docstring asks for."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _local(op, values[name], *(values[a] for a in args))):
            if grads[name]:
                grads[arg] += grads[name] * d
    return grads
