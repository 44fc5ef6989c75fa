"""graph.graph_backward: returns the gradients of the graph's inputs only, the intermediate nodes left out"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return {k: grads[k] for k in inputs}
