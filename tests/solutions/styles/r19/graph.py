"""A correct solution of exercises/graph.py as a signal-flow graph (Haykin, chapter 4).

Forward: each node's output is its operation on its input signals. Backward: each node's
gradient is passed back along its incoming branches, multiplied by the branch's local
derivative, and summed where branches meet (the chain rule over every path).
"""

import math

import numpy as np


def _logistic(a):
    """1 / (1 + e^-a) with only e^(-|a|) computed, so +-1000 saturates without overflow."""
    ea = math.exp(-abs(a))
    return 1.0 / (1.0 + ea) if a >= 0 else ea / (1.0 + ea)


_FORWARD = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "exp": math.exp,
    "log": math.log,
    "sigmoid": _logistic,
    "tanh": math.tanh,
    "relu": lambda a: a if a > 0 else 0.0,
}


def _local_derivatives(op, args, out):
    """d out / d arg for each argument of a node, as the module docstring lists them."""
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [args[1], args[0]]
    if op == "div":
        return [1.0 / args[1], -args[0] / args[1] ** 2]
    if op == "exp":
        return [out]
    if op == "log":
        return [1.0 / args[0]]
    if op == "sigmoid":
        return [out * (1.0 - out)]
    if op == "tanh":
        return [1.0 - out ** 2]
    return [1.0 if args[0] > 0 else 0.0]  # relu


def graph_forward(graph, inputs):
    signals = {name: float(value) for name, value in inputs.items()}
    for name, op, args in graph:
        signals[name] = float(_FORWARD[op](*[signals[a] for a in args]))
    return signals


def graph_backward(graph, inputs, output):
    signals = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in signals}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        local = _local_derivatives(op, [signals[a] for a in args], signals[name])
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
