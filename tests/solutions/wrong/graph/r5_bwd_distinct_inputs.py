"""graph.graph_backward: loops over the distinct inputs of a node (x * x counts the path through x once: gradient x, not 2x)."""

def graph_backward(graph, inputs, output):
    import math
    vals = graph_forward(graph, inputs)
    grad = {k: 0.0 for k in vals}
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        g = grad[name]
        a = vals[args[0]]
        b = vals[args[1]] if len(args) > 1 else None
        s = vals[name]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [b, a]
        elif op == "div":
            local = [1 / b, -a / b ** 2]
        elif op == "exp":
            local = [s]
        elif op == "log":
            local = [1 / a]
        elif op == "sigmoid":
            local = [s * (1 - s)]
        elif op == "tanh":
            local = [1 - s ** 2]
        else:
            local = [1.0 if a > 0 else 0.0]
        for arg, d in dict(zip(args, local)).items():
            grad[arg] += g * d
    return grad
