"""graph.graph_backward: Lua's `for i = #nodes, 1, -1` ported as range(len(graph) - 1, 0, -1): the first node never passes its gradient to its inputs."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for i in range(len(graph) - 1, 0, -1):
        name, op, args = graph[i]
        for a, d in zip(args, _local(op, values[name], *(values[n] for n in args))):
            grads[a] += grads[name] * d
    return grads
