"""graph.graph_backward: a node's gradInput is assigned to its input's gradient instead of added (nn.Sequential habit), so a variable reaching the output by several paths keeps only the last path's gradient."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    gradInputs = {k: 0.0 for k in values}
    gradInputs[output] = 1.0
    for name, op, args in reversed(graph):
        for a, d in zip(args, _local(op, values[name], *(values[n] for n in args))):
            gradInputs[a] = gradInputs[name] * d
    return gradInputs
