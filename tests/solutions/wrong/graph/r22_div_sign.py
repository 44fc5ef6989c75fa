"""graph.graph_backward: the divisor's local derivative of a / b is taken as +a / b^2 (sign lost), not -a / b^2."""


def _r22_div_local(op, xs, value):
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [xs[1], xs[0]]
    if op == "div":
        return [1.0 / xs[1], xs[0] / xs[1] ** 2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1.0 / xs[0]]
    if op == "sigmoid":
        return [value * (1.0 - value)]
    if op == "tanh":
        return [1.0 - value ** 2]
    return [1.0 if xs[0] > 0 else 0.0]


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _r22_div_local(op, [values[a] for a in args], values[name])):
            grads[arg] += grads[name] * d
    return grads
