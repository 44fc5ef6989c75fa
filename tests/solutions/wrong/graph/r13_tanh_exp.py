"""graph.graph_forward: tanh as (e^2a - 1)/(e^2a + 1) with np.exp: inf/inf = NaN and an overflow warning at a = 1000"""

import math

import numpy as np


def graph_forward(graph, inputs):
    values = dict(inputs)
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
            e2 = np.exp(2 * a)
            r = (e2 - 1) / (e2 + 1)
        else:
            r = max(a, 0.0)
        values[name] = float(r)
    return values
