"""graph with dispatch tables of lambdas; the backward pass walks the node list with a while-loop from the end."""

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

# local derivatives from the inputs' values and the node's own value v
_LOCAL = {
    "add": lambda ins, v: (1.0, 1.0),
    "sub": lambda ins, v: (1.0, -1.0),
    "mul": lambda ins, v: (ins[1], ins[0]),
    "div": lambda ins, v: (1.0 / ins[1], -ins[0] / (ins[1] * ins[1])),
    "exp": lambda ins, v: (v,),
    "log": lambda ins, v: (1.0 / ins[0],),
    "sigmoid": lambda ins, v: (v * (1.0 - v),),
    "tanh": lambda ins, v: (1.0 - v * v,),
    "relu": lambda ins, v: (1.0 if ins[0] > 0 else 0.0,),
}


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_FORWARD[op](*[values[a] for a in args]))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    i = len(graph) - 1
    while i >= 0:
        name, op, args = graph[i]
        local = _LOCAL[op]([values[a] for a in args], values[name])
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
        i -= 1
    return grads
