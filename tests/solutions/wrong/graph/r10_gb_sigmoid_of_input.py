"""graph.graph_backward: the sigmoid's local derivative as a (1 - a) of its input a, not s (1 - s) of its value"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        if op == "sigmoid":
            locs = [ins[0] * (1 - ins[0])]
        else:
            locs = _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
