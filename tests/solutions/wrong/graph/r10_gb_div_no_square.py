"""graph.graph_backward: d(a/b)/db = -a/b instead of -a/b^2"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        locs = [1 / ins[1], -ins[0] / ins[1]] if op == "div" else _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
