"""Scalar computation graphs, typed-Python style: a Node NamedTuple, match on the op name, guard clauses."""

import math
from typing import NamedTuple

UNARY = ("exp", "log", "sigmoid", "tanh", "relu")
BINARY = ("add", "sub", "mul", "div")


class Node(NamedTuple):
    name: str
    op: str
    args: tuple


def _nodes(graph):
    nodes = [Node(str(name), str(op), tuple(args)) for name, op, args in graph]
    for node in nodes:
        assert node.op in UNARY + BINARY, f"unknown op {node.op!r}"
        assert len(node.args) == (1 if node.op in UNARY else 2), f"{node.name}: wrong number of inputs"
    return nodes


def _sigmoid(a: float) -> float:
    if a >= 0.0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def _apply(op: str, xs: list) -> float:
    match op:
        case "add":
            return xs[0] + xs[1]
        case "sub":
            return xs[0] - xs[1]
        case "mul":
            return xs[0] * xs[1]
        case "div":
            return xs[0] / xs[1]
        case "exp":
            return math.exp(xs[0])
        case "log":
            return math.log(xs[0])
        case "sigmoid":
            return _sigmoid(xs[0])
        case "tanh":
            return math.tanh(xs[0])
        case "relu":
            return xs[0] if xs[0] > 0.0 else 0.0
    raise ValueError(op)


def _local(op: str, xs: list, out: float) -> tuple:
    """d out / d each input."""
    match op:
        case "add":
            return (1.0, 1.0)
        case "sub":
            return (1.0, -1.0)
        case "mul":
            return (xs[1], xs[0])
        case "div":
            return (1.0 / xs[1], -xs[0] / xs[1] ** 2)
        case "exp":
            return (out,)
        case "log":
            return (1.0 / xs[0],)
        case "sigmoid":
            return (out * (1.0 - out),)
        case "tanh":
            return (1.0 - out * out,)
        case "relu":
            return (1.0 if xs[0] > 0.0 else 0.0,)
    raise ValueError(op)


def graph_forward(graph, inputs):
    values = {str(k): float(v) for k, v in inputs.items()}
    for node in _nodes(graph):
        values[node.name] = float(_apply(node.op, [values[a] for a in node.args]))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for node in reversed(_nodes(graph)):
        g = grads[node.name]
        if g == 0.0:
            continue  # nothing flows back through a node the output does not depend on
        xs = [values[a] for a in node.args]
        for arg, local in zip(node.args, _local(node.op, xs, values[node.name])):
            grads[arg] += g * local
    return grads
