"""Scalar computation graphs, micrograd's Value rewritten over plain data (Karpathy, Zero to Hero).

The forward pass keeps each node's value; the backward pass walks the
topological order in reverse and, like Value._backward, does
`input.grad += local * out.grad` so that every path adds up.
"""

import math

import numpy as np


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


_UNARY = {
    "exp": math.exp,
    "log": math.log,
    "sigmoid": _sigmoid,
    "tanh": math.tanh,
    "relu": lambda a: a if a > 0 else 0.0,
}

_BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
}


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data: {name: float} for every input and every node."""
    data = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        vals = [data[a] for a in args]
        if op in _BINARY:
            data[name] = float(_BINARY[op](*vals))
        else:
            data[name] = float(_UNARY[op](vals[0]))
    return data


def _local_grads(op, vals, out):
    """d out / d input for each input of one node, given the inputs' values and the node's value."""
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [vals[1], vals[0]]
    if op == "div":
        return [1.0 / vals[1], -vals[0] / vals[1] ** 2]
    if op == "exp":
        return [out]
    if op == "log":
        return [1.0 / vals[0]]
    if op == "sigmoid":
        return [out * (1.0 - out)]
    if op == "tanh":
        return [1.0 - out ** 2]
    if op == "relu":
        return [1.0 if vals[0] > 0 else 0.0]
    raise ValueError(f"unknown op {op!r}")


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v; 0.0 for what the output does not depend on."""
    data = graph_forward(graph, inputs)
    grad = {k: 0.0 for k in data}
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        vals = [data[a] for a in args]
        for a, local in zip(args, _local_grads(op, vals, data[name])):
            grad[a] += local * grad[name]
    return grad
