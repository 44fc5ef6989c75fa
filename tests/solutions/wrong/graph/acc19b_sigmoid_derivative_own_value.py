"""graph.graph_backward: the sigmoid's local derivative taken as s (its own value, as for exp) instead of s (1 - s)."""

def graph_backward(graph, inputs, output):
    v = graph_forward(graph, inputs)
    g = {k: 0.0 for k in v}
    g[output] = 1.0
    for name, op, args in reversed(graph):
        x = [v[a] for a in args]
        local = {"add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [x[1], x[0]],
                 "div": lambda: [1 / x[1], -x[0] / x[1] ** 2], "exp": lambda: [v[name]], "log": lambda: [1 / x[0]],
                 "sigmoid": lambda: [v[name]], "tanh": lambda: [1 - v[name] ** 2],
                 "relu": lambda: [1.0 if x[0] > 0 else 0.0]}[op]()
        for a, d in zip(args, local):
            g[a] += g[name] * d
    return g
