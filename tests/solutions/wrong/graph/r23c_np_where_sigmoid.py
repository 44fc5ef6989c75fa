"""graph.graph_forward: sigmoid by np.where on a scalar evaluates exp(+-a) both ways: overflow warnings at +-1000."""


import numpy as np


def _r23c_node(op, a, b=None):
    match op:
        case "add":
            return a + b
        case "sub":
            return a - b
        case "mul":
            return a * b
        case "div":
            return a / b
        case "exp":
            return np.exp(a)
        case "log":
            return np.log(a)
        case "sigmoid":
            return np.where(a >= 0, 1 / (1 + np.exp(-a)), np.exp(a) / (1 + np.exp(a)))
        case "tanh":
            return np.tanh(a)
        case _:
            return max(0.0, a)


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_r23c_node(op, *(values[a] for a in args)))
    return values
