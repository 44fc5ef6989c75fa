"""graph.graph_backward: log's local derivative 1 / log(a) (the node's value) instead of 1 / a"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        locs = [1 / values[name]] if op == "log" else _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
