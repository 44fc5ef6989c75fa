"""graph.graph_backward: the tanh local derivative is 1 - a^2 with a the node's INPUT, not 1 - t^2 with t = tanh(a) its value."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        local = [1 - ins[0] ** 2] if op == "tanh" else _local(op, values[name], *ins)
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
