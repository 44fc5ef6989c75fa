"""graph.graph_backward: seeds the last node of the graph with 1 whatever `output` names"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[graph[-1][0]] = 1.0
    for name, op, args in reversed(graph):
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return grads
