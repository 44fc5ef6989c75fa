"""graph.graph_forward: sigmoid as 1 / (1 + math.exp(-a)), which raises OverflowError for a = -1000 instead of giving 0."""

import math


def graph_forward(graph, inputs):
    value = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        v = [value[a] for a in args]
        if op == "sigmoid":
            value[name] = 1.0 / (1.0 + math.exp(-v[0]))
        elif op == "tanh":
            value[name] = math.tanh(v[0])
        elif op == "relu":
            value[name] = max(v[0], 0.0)
        elif op == "exp":
            value[name] = math.exp(v[0])
        elif op == "log":
            value[name] = math.log(v[0])
        elif op == "div":
            value[name] = v[0] / v[1]
        else:
            a, b = v
            value[name] = {"add": a + b, "sub": a - b, "mul": a * b}[op]
    return value
