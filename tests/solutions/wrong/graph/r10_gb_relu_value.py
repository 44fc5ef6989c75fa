"""graph.graph_backward: relu's local derivative is the node's value relu(a) instead of 1 where a > 0"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        locs = [values[name]] if op == "relu" else _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
