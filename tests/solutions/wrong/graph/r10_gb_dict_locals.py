"""graph.graph_backward: local derivatives keyed by input name, so x * x keeps one of its two paths"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        local = dict(zip(args, _local(op, values[name], *(values[a] for a in args))))
        for arg, d in local.items():
            grads[arg] += grads[name] * d
    return grads
