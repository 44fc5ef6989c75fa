"""Correct solution, style r5: a table of (value, local derivatives) per op, scalars through the math module."""

import math


def _exp(a):
    return math.exp(a) if a < 709.0 else math.inf


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


# op -> (value from inputs, local derivatives from (inputs, node value))
_OPS = {
    "add": (lambda a, b: a + b, lambda a, b, v: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda a, b, v: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda a, b, v: (b, a)),
    "div": (lambda a, b: a / b, lambda a, b, v: (1.0 / b, -a / (b * b))),
    "exp": (_exp, lambda a, v: (v,)),
    "log": (math.log, lambda a, v: (1.0 / a,)),
    "sigmoid": (_sigmoid, lambda a, v: (v * (1.0 - v),)),
    "tanh": (math.tanh, lambda a, v: (1.0 - v * v,)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda a, v: (1.0 if a > 0 else 0.0,)),
}


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_OPS[op][0](*(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in graph[::-1]:
        local = _OPS[op][1](*(values[a] for a in args), values[name])
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
