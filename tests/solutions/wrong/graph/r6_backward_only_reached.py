"""graph.graph_backward: returns only the names the output depends on (no 0.0 entries for the others)."""

def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grad = {output: 1.0}
    for name, op, args in reversed(graph):
        if name not in grad:
            continue
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
        for a, d in zip(args, loc):
            grad[a] = grad.get(a, 0.0) + grad[name] * d
    return grad
