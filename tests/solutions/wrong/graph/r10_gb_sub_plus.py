"""graph.graph_backward: sub's local derivatives (1, 1): the minus sign on b lost"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        locs = [1.0, 1.0] if op in ("add", "sub") else _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
