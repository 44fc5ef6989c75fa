"""graph.graph_backward: the sigmoid's local derivative a (1 - a) taken with its input a, not with its value s = sigmoid(a)"""


def _r20_local(op, value, a, b=None):
    table = {"add": [1.0, 1.0], "sub": [1.0, -1.0]}
    if op in table:
        return table[op]
    if op == "mul":
        return [b, a]
    if op == "div":
        return [1 / b, -a / b ** 2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1 / a]
    if op == "sigmoid":
        return [a * (1 - a)]
    if op == "tanh":
        return [1 - value ** 2]
    return [1.0 if a > 0 else 0.0]


def graph_backward(graph, inputs, output):
    h = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in h}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for i, d in zip(args, _r20_local(op, h[name], *[h[i] for i in args])):
            grads[i] += grads[name] * d
    return grads
