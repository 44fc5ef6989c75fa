"""graph.graph_backward: the exp local derivative is taken as the input a ("d/da of exp") instead of e^a, the node's value."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        local = [ins[0]] if op == "exp" else _local(op, values[name], *ins)
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
