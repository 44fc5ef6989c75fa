"""graph.graph_backward: loops over set(args), so a node using one input twice (x * x) counts that path once."""

def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grad = {k: 0.0 for k in vals}
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        v = [vals[a] for a in args]
        if op == "add":
            loc = [1.0, 1.0]
        elif op == "sub":
            loc = [1.0, -1.0]
        elif op == "mul":
            loc = [v[1], v[0]]
        elif op == "div":
            loc = [1.0 / v[1], -v[0] / v[1] ** 2]
        elif op == "exp":
            loc = [vals[name]]
        elif op == "log":
            loc = [1.0 / v[0]]
        elif op == "sigmoid":
            loc = [vals[name] * (1.0 - vals[name])]
        elif op == "tanh":
            loc = [1.0 - vals[name] ** 2]
        else:
            loc = [1.0 if v[0] > 0 else 0.0]
        seen = set()
        for a, d in zip(args, loc):
            if a in seen:
                continue
            seen.add(a)
            grad[a] += grad[name] * d
    return grad
