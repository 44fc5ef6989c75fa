"""graph.graph_backward: sub's local derivatives taken as (-1, 1) instead of (1, -1)"""


def graph_backward(graph, inputs, output):
    v = graph_forward(graph, inputs)
    g = {k: 0.0 for k in v}
    g[output] = 1.0
    for name, op, args in reversed(graph):
        x = [v[a] for a in args]
        if op == "add":
            loc = [1.0, 1.0]
        elif op == "sub":
            loc = [-1.0, 1.0]
        elif op == "mul":
            loc = [x[1], x[0]]
        elif op == "div":
            loc = [1.0 / x[1], -x[0] / x[1] ** 2]
        elif op == "exp":
            loc = [v[name]]
        elif op == "log":
            loc = [1.0 / x[0]]
        elif op == "sigmoid":
            loc = [v[name] * (1.0 - v[name])]
        elif op == "tanh":
            loc = [1.0 - v[name] ** 2]
        else:
            loc = [1.0 if x[0] > 0 else 0.0]
        for a, d in zip(args, loc):
            g[a] += g[name] * d
    return g
