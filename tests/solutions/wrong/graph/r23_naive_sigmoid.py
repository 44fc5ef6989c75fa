"""graph.graph_forward: sigmoid as 1 / (1 + np.exp(-a)): np.exp overflows with a RuntimeWarning at a = -1000."""

import numpy as np


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        a = [values[n] for n in args]
        if op == "add":
            v = a[0] + a[1]
        elif op == "sub":
            v = a[0] - a[1]
        elif op == "mul":
            v = a[0] * a[1]
        elif op == "div":
            v = a[0] / a[1]
        elif op == "exp":
            v = np.exp(a[0])
        elif op == "log":
            v = np.log(a[0])
        elif op == "sigmoid":
            v = 1.0 / (1.0 + np.exp(-a[0]))
        elif op == "tanh":
            v = np.tanh(a[0])
        else:
            v = max(a[0], 0.0)
        values[name] = float(v)
    return values
