"""A correct student solution of exercises/graph.py."""

import math


def _apply(op, a, b=None):
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        return a / b
    if op == "exp":
        return math.exp(a)
    if op == "log":
        return math.log(a)
    if op == "sigmoid":
        e = math.exp(-abs(a))  # never overflows: 1/(1+e) for a >= 0, e/(1+e) below
        return 1 / (1 + e) if a >= 0 else e / (1 + e)
    if op == "tanh":
        return math.tanh(a)
    return max(0.0, a)


def _local(op, value, a, b=None):
    """d node / d input for each input; value is the node's own value."""
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [b, a]
    if op == "div":
        return [1 / b, -a / b**2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1 / a]
    if op == "sigmoid":
        return [value * (1 - value)]
    if op == "tanh":
        return [1 - value**2]
    return [1.0 if a > 0 else 0.0]


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_apply(op, *(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return grads
