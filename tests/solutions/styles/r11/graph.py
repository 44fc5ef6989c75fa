"""Style r11: graph passes with dispatch tables of (value, local derivatives) in math scalars."""

import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


_FORWARD = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "exp": math.exp,
    "log": math.log,
    "sigmoid": _sigmoid,
    "tanh": math.tanh,
    "relu": lambda a: a if a > 0 else 0.0,
}

# local derivatives from the inputs and the node's own value v
_LOCAL = {
    "add": lambda v, a, b: (1.0, 1.0),
    "sub": lambda v, a, b: (1.0, -1.0),
    "mul": lambda v, a, b: (b, a),
    "div": lambda v, a, b: (1.0 / b, -v / b),  # -a/b^2 = -(a/b)/b
    "exp": lambda v, a: (v,),
    "log": lambda v, a: (1.0 / a,),
    "sigmoid": lambda v, a: (v * (1.0 - v),),
    "tanh": lambda v, a: ((1.0 - v) * (1.0 + v),),
    "relu": lambda v, a: (1.0 if a > 0 else 0.0,),
}


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_FORWARD[op](*(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in graph[::-1]:
        g = grads[name]
        locals_ = _LOCAL[op](values[name], *(values[a] for a in args))
        for arg, d in zip(args, locals_):
            grads[arg] += g * d
    return grads
