"""graph.graph_backward: tanh's local derivative 1 - a^2 from its input instead of 1 - t^2 from its value"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        locs = [1 - ins[0] ** 2] if op == "tanh" else _local(op, values[name], *ins)
        for arg, local in zip(args, locs):
            grads[arg] += grads[name] * local
    return grads
