"""graph.graph_backward: local derivatives kept in a dict keyed by input name, so x * x (one input used twice) counts x once (gives x, not 2x)"""
import math


def graph_backward(graph, inputs, output):
    v = dict(inputs)
    for name, op, args in graph:
        a = [v[x] for x in args]
        if op == "add":
            v[name] = a[0] + a[1]
        elif op == "sub":
            v[name] = a[0] - a[1]
        elif op == "mul":
            v[name] = a[0] * a[1]
        elif op == "div":
            v[name] = a[0] / a[1]
        elif op == "exp":
            v[name] = math.exp(a[0])
        elif op == "log":
            v[name] = math.log(a[0])
        elif op == "sigmoid":
            v[name] = 0.5 * (1 + math.tanh(a[0] / 2))
        elif op == "tanh":
            v[name] = math.tanh(a[0])
        else:
            v[name] = max(a[0], 0.0)
    grad = {n: 0.0 for n in v}
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        a = [v[x] for x in args]
        s = v[name]
        local = {
            "add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [a[1], a[0]],
            "div": lambda: [1 / a[1], -a[0] / a[1] ** 2], "exp": lambda: [s], "log": lambda: [1 / a[0]],
            "sigmoid": lambda: [s * (1 - s)], "tanh": lambda: [1 - s * s],
            "relu": lambda: [1.0 if a[0] > 0 else 0.0],
        }[op]()
        for x, d in dict(zip(args, local)).items():
            grad[x] += grad[name] * d
    return {n: float(g) for n, g in grad.items()}
