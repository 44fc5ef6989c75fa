"""Scalar graphs in another style: an op table of (forward, local-derivatives) pairs with math scalars."""

import math


def _sigmoid(a):
    # only ever exponentiate a non-positive number
    t = math.exp(-abs(a))
    return 1.0 / (1.0 + t) if a >= 0 else t / (1.0 + t)


def _tanh(a):
    return math.tanh(a)


# op -> (value from inputs, local derivatives from inputs and the node's value)
_OPS = {
    "add": (lambda a, b: a + b, lambda v, a, b: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda v, a, b: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda v, a, b: (b, a)),
    "div": (lambda a, b: a / b, lambda v, a, b: (1.0 / b, -a / (b * b))),
    "exp": (math.exp, lambda v, a: (v,)),
    "log": (math.log, lambda v, a: (1.0 / a,)),
    "sigmoid": (_sigmoid, lambda v, a: (v * (1.0 - v),)),
    "tanh": (_tanh, lambda v, a: (1.0 - v * v,)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda v, a: (1.0 if a > 0 else 0.0,)),
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
        upstream = grads[name]
        if upstream == 0.0:
            continue  # nothing flows through this node (also skips nodes after the output)
        local = _OPS[op][1](values[name], *(values[a] for a in args))
        for arg, d in zip(args, local):
            grads[arg] += upstream * d
    return grads
