"""graph.graph_forward: tanh written (e^2a - 1) / (e^2a + 1) with math.exp: OverflowError for large inputs."""

import math


def graph_forward(graph, inputs):
    vals = dict(inputs)
    for name, op, args in graph:
        a = [vals[x] for x in args]
        if op == "add":
            vals[name] = a[0] + a[1]
        elif op == "sub":
            vals[name] = a[0] - a[1]
        elif op == "mul":
            vals[name] = a[0] * a[1]
        elif op == "div":
            vals[name] = a[0] / a[1]
        elif op == "exp":
            vals[name] = math.exp(a[0])
        elif op == "log":
            vals[name] = math.log(a[0])
        elif op == "sigmoid":
            vals[name] = 1.0 / (1.0 + math.exp(-a[0])) if a[0] >= 0 else math.exp(a[0]) / (1.0 + math.exp(a[0]))
        elif op == "tanh":
            vals[name] = (math.exp(2 * a[0]) - 1) / (math.exp(2 * a[0]) + 1)
        else:
            vals[name] = max(a[0], 0.0)
    return vals
