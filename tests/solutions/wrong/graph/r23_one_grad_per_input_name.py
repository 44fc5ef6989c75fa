"""graph.graph_backward: a node's gradInput is kept in a dict keyed by input name, so x * x contributes one x instead of two (the gradient is halved)."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        gradInput = dict(zip(args, _local(op, values[name], *(values[n] for n in args))))
        for n, d in gradInput.items():
            grads[n] += grads[name] * d
    return grads
