"""A correct solution of exercises/graph.py, style r6: ops as (forward, local derivatives) pairs in one table."""
import math


def _sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a)) if a >= 0 else math.exp(a) / (1.0 + math.exp(a))


# op -> (value from inputs, local derivatives from inputs and the node's value)
_OPS = {
    "add": (lambda a, b: a + b, lambda v, a, b: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda v, a, b: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda v, a, b: (b, a)),
    "div": (lambda a, b: a / b, lambda v, a, b: (1.0 / b, -a / (b * b))),
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
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        locals_ = _OPS[op][1](values[name], *(values[a] for a in args))
        for a, d in zip(args, locals_):
            grads[a] += grads[name] * d
    return grads
