"""graph.graph_forward: stores node values into the caller's inputs dict (values = inputs) instead of a new dict"""

import math


def graph_forward(graph, inputs):
    values = inputs
    for name, op, ins in graph:
        a = values[ins[0]]
        if op == "add":
            r = a + values[ins[1]]
        elif op == "sub":
            r = a - values[ins[1]]
        elif op == "mul":
            r = a * values[ins[1]]
        elif op == "div":
            r = a / values[ins[1]]
        elif op == "exp":
            r = math.exp(a)
        elif op == "log":
            r = math.log(a)
        elif op == "sigmoid":
            r = 1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))
        elif op == "tanh":
            r = math.tanh(a)
        else:
            r = max(a, 0.0)
        values[name] = float(r)
    return values
