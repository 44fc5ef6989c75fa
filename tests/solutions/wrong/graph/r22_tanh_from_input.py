"""graph.graph_backward: takes tanh's local derivative as 1 - a^2 with a the node's input, instead of 1 - t^2 with t = tanh(a) its value."""


def _r22_tanh_local(op, xs, value):
    table = {"add": [1.0, 1.0], "sub": [1.0, -1.0]}
    if op in table:
        return table[op]
    if op == "mul":
        return [xs[1], xs[0]]
    if op == "div":
        return [1.0 / xs[1], -xs[0] / xs[1] ** 2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1.0 / xs[0]]
    if op == "sigmoid":
        return [value * (1.0 - value)]
    if op == "tanh":
        return [1.0 - xs[0] ** 2]
    return [1.0 if xs[0] > 0 else 0.0]


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _r22_tanh_local(op, [values[a] for a in args], values[name])):
            grads[arg] += grads[name] * d
    return grads
