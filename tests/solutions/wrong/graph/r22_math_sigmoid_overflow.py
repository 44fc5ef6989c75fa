"""graph.graph_forward: sigmoid written as 1 / (1 + math.exp(-a)), which raises OverflowError for a = -1000."""

import math


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        xs = [values[a] for a in args]
        if op == "add":
            values[name] = xs[0] + xs[1]
        elif op == "sub":
            values[name] = xs[0] - xs[1]
        elif op == "mul":
            values[name] = xs[0] * xs[1]
        elif op == "div":
            values[name] = xs[0] / xs[1]
        elif op == "exp":
            values[name] = math.exp(xs[0])
        elif op == "log":
            values[name] = math.log(xs[0])
        elif op == "sigmoid":
            values[name] = 1.0 / (1.0 + math.exp(-xs[0]))
        elif op == "tanh":
            values[name] = math.tanh(xs[0])
        else:
            values[name] = max(xs[0], 0.0)
    return values
