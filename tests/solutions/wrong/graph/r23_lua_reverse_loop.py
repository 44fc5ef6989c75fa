"""graph.graph_backward: Lua's `for i = #nodes, 1, -1` ported as range(len(graph) - 1, 0, -1): the first node never passes its gradient to its inputs."""


def _r23c_local(op, a, out):
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
    for i in range(len(graph) - 1, 0, -1):
        name, op, args = graph[i]
        local = _r23c_local(op, [values[a] for a in args], values[name])
        for a, d in zip(args, local):
            grads[a] += grads[name] * d
    return grads
