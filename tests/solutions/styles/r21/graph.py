"""Scalar computation graphs, Rojas's B-diagrams: each node stores its local derivatives during the
forward step; the backward step is Aggarwal's dynamic programming over the paths of the graph."""

import math

import numpy as np


def _sigmoid(a):
    """1 / (1 + e^-a) through tanh, so no exponent is ever large."""
    return 0.5 * (1.0 + math.tanh(0.5 * a))


def _node(op, args):
    """(value, [local derivative with respect to each argument]) of one node."""
    if op == "add":
        return args[0] + args[1], [1.0, 1.0]
    if op == "sub":
        return args[0] - args[1], [1.0, -1.0]
    if op == "mul":
        return args[0] * args[1], [args[1], args[0]]
    if op == "div":
        a, b = args
        return a / b, [1.0 / b, -a / b ** 2]
    a = args[0]
    if op == "exp":
        e = math.exp(a)
        return e, [e]
    if op == "log":
        return math.log(a), [1.0 / a]
    if op == "sigmoid":
        s = _sigmoid(a)
        return s, [s * (1.0 - s)]
    if op == "tanh":
        t = math.tanh(a)
        return t, [1.0 - t * t]
    if op == "relu":
        return max(a, 0.0), [1.0 if a > 0 else 0.0]
    raise ValueError(f"unknown op {op!r}")


def _b_diagram(graph, inputs):
    """Forward step: values of every node and, per node, its local derivatives (the B-diagram's right half)."""
    value = {k: float(v) for k, v in inputs.items()}
    local = {}
    for name, op, args in graph:
        value[name], local[name] = _node(op, [value[a] for a in args])
    return value, local


def graph_forward(graph, inputs):
    """Values {name: float} of every input and node."""
    return _b_diagram(graph, inputs)[0]


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node: the sum over all paths from v to the output."""
    value, local = _b_diagram(graph, inputs)
    delta = dict.fromkeys(value, 0.0)
    delta[output] = 1.0
    for name, _, args in reversed(graph):
        for a, d in zip(args, local[name]):
            delta[a] += delta[name] * d
    return delta
