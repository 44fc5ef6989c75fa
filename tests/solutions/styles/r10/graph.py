"""graph by dispatch tables of (forward, local derivatives) and a defaultdict of adjoints."""

import math
import operator
from collections import defaultdict


def _sigmoid(a):
    e = math.exp(-abs(a))
    return (1.0 if a >= 0 else e) / (1 + e)


# op -> (forward of the inputs, local derivatives from (node value, *inputs))
_OPS = {
    "add": (operator.add, lambda v, a, b: (1.0, 1.0)),
    "sub": (operator.sub, lambda v, a, b: (1.0, -1.0)),
    "mul": (operator.mul, lambda v, a, b: (b, a)),
    "div": (operator.truediv, lambda v, a, b: (1 / b, -a / (b * b))),
    "exp": (math.exp, lambda v, a: (v,)),
    "log": (math.log, lambda v, a: (1 / a,)),
    "sigmoid": (_sigmoid, lambda v, a: (v * (1 - v),)),
    "tanh": (math.tanh, lambda v, a: (1 - v * v,)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda v, a: (1.0 if a > 0 else 0.0,)),
}


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_OPS[op][0](*map(values.__getitem__, args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    adjoint = defaultdict(float, {output: 1.0})
    for name, op, args in graph[::-1]:
        locals_ = _OPS[op][1](values[name], *map(values.__getitem__, args))
        for arg, d in zip(args, locals_):
            adjoint[arg] += adjoint[name] * d
    return {k: float(adjoint[k]) for k in values}
