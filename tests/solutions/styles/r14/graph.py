"""Scalar graphs with math-module scalars and a table of (forward, local derivatives) per op (r14 style)."""

import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


# op -> (value from the inputs, local derivatives from the inputs and the node's own value)
_OPS = {
    "add": (lambda a, b: a + b, lambda v, a, b: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda v, a, b: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda v, a, b: (b, a)),
    "div": (lambda a, b: a / b, lambda v, a, b: (1.0 / b, -v / b)),  # -a/b^2 = -(a/b)/b
    "exp": (math.exp, lambda v, a: (v,)),
    "log": (math.log, lambda v, a: (1.0 / a,)),
    "sigmoid": (_sigmoid, lambda v, a: (v * (1.0 - v),)),
    "tanh": (math.tanh, lambda v, a: (1.0 - v * v,)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda v, a: (1.0 if a > 0 else 0.0,)),
}


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_OPS[op][0](*(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grad = dict.fromkeys(values, 0.0)
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        if grad[name] == 0.0:
            continue  # nothing flows back from here
        local = _OPS[op][1](values[name], *(values[a] for a in args))
        for a, d in zip(args, local):
            grad[a] += grad[name] * d
    return grad
