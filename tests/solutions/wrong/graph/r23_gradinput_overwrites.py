"""graph.graph_backward: a node's gradInput is assigned to its input's gradient instead of added (nn.Sequential habit), so a variable reaching the output by several paths keeps only the last path's gradient."""


def _r23_local(op, a, out):
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [a[1], a[0]]
    if op == "div":
        return [1.0 / a[1], -a[0] / (a[1] * a[1])]
    if op == "exp":
        return [out]
    if op == "log":
        return [1.0 / a[0]]
    if op == "sigmoid":
        return [out * (1.0 - out)]
    if op == "tanh":
        return [1.0 - out * out]
    return [1.0 if a[0] > 0 else 0.0]


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        local = _r23_local(op, [values[a] for a in args], values[name])
        for a, d in zip(args, local):
            grads[a] = grads[name] * d
    return grads
