"""A correct solution of exercises/graph.py, style r8: ops as a dict of (forward, local-derivatives) closures, math module."""
import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


# op -> (value from the input values, local derivatives from the input values and the node's value)
_OPS = {
    "add": (lambda a, b: a + b, lambda a, b, v: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda a, b, v: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda a, b, v: (b, a)),
    "div": (lambda a, b: a / b, lambda a, b, v: (1.0 / b, -a / (b * b))),
    "exp": (math.exp, lambda a, v: (v,)),
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
    for name, op, args in reversed(graph):
        locals_ = _OPS[op][1](*(values[a] for a in args), values[name])
        for arg, local in zip(args, locals_):
            grads[arg] += grads[name] * local
    return grads
