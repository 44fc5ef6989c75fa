"""graph.graph_forward: sigmoid as 1 / (1 + math.exp(-a)): OverflowError for a around -1000 instead of a saturated 0."""

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
            vals[name] = 1.0 / (1.0 + math.exp(-a[0]))
        elif op == "tanh":
            vals[name] = math.tanh(a[0])
        else:
            vals[name] = max(a[0], 0.0)
    return vals
