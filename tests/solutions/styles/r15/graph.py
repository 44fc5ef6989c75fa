"""Scalar graphs with the math module: each op is a (forward, local derivatives)
pair in one table; the backward pass skips nodes whose gradient is still 0."""

import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


# op -> (value from inputs, local derivatives from (inputs, value))
_OPS = {
    "add": (lambda a, b: a + b, lambda x, v: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda x, v: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda x, v: (x[1], x[0])),
    "div": (lambda a, b: a / b, lambda x, v: (1.0 / x[1], -x[0] / (x[1] * x[1]))),
    "exp": (math.exp, lambda x, v: (v,)),
    "log": (math.log, lambda x, v: (1.0 / x[0],)),
    "sigmoid": (_sigmoid, lambda x, v: (v * (1.0 - v),)),
    "tanh": (math.tanh, lambda x, v: ((1.0 - v) * (1.0 + v),)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda x, v: (1.0 if x[0] > 0 else 0.0,)),
}


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_OPS[op][0](*(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grad = dict.fromkeys(values, 0.0)
    grad[output] = 1.0
    for name, op, args in graph[::-1]:
        g = grad[name]
        if g == 0.0:
            continue
        locals_ = _OPS[op][1]([values[a] for a in args], values[name])
        for a, d in zip(args, locals_):
            grad[a] += g * d
    return grad
