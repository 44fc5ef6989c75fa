"""graph.graph_forward: Right: a match on (op, second input); np.exp(1000) is inf under errstate and 1/(1 + inf) is exactly 0."""


import numpy as np


def _r23c_eval(op, a, b=None):
    match op, b:
        case "add", _:
            return a + b
        case "sub", _:
            return a - b
        case "mul", _:
            return a * b
        case "div", _:
            return a / b
        case "exp", None:
            return math.exp(a)
        case "log", None:
            return math.log(a)
        case "sigmoid", None:
            with np.errstate(over="ignore"):
                return float(1 / (1 + np.exp(np.float64(-a))))
        case "tanh", None:
            return math.tanh(a)
        case "relu", None:
            return a if a > 0 else 0.0
    raise ValueError(op)


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_r23c_eval(op, *(values[a] for a in args)))
    return values
