"""graph.graph_backward: pairs inputs with local derivatives through a dict (dict(zip(args, local))): x * x counts its input once, d(x^2)/dx = x instead of 2x."""

import math


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in vals}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = [vals[x] for x in args]
        v = vals[name]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp":
            local = [v]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [v * (1.0 - v)]
        elif op == "tanh":
            local = [1.0 - v * v]
        else:
            local = [1.0 if a[0] > 0 else 0.0]
        for x, d in dict(zip(args, local)).items():
            grads[x] += grads[name] * d
    return grads
